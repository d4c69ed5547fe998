using System.Globalization;
using System.Text;

namespace Formulate.Tests.Accuracy.Practice;

/// <summary>The figures as a Markdown table, one row per pairing of calibration and measurement, ready to paste into the docs.</summary>
public static class TwoPlannerReport
{
    public static string Table(IReadOnlyList<HeldOutFigures> rows)
    {
        var text = new StringBuilder();
        text.Append("| calibrated on (70 people) | measured on (1,000 others) | shipped model's Pearson | median held-out Pearson | lowest | median absolute % error | £-per-point baseline: Pearson | baseline: median absolute % error | baseline £ per point |\n");
        text.Append("|---|---|---|---|---|---|---|---|---|\n");
        foreach (var row in rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {row.CalibratedOn} | {row.MeasuredOn} | {row.ShippedPearson:0.000} | {row.MedianPearson:0.000} | {row.LowestPearson:0.000} | {row.MedianAbsolutePercentageError:0.0}% ");
            text.Append(CultureInfo.InvariantCulture, $"| {row.BaselineMedianPearson:0.000} | {row.BaselineMedianAbsolutePercentageError:0.0}% | £{row.BaselineMedianPoundsPerPoint:0.00} |\n");
        }

        return text.ToString();
    }

    /// <summary>One pairing by living situation: where the model's estimates and the planner's packages part.</summary>
    public static string BySetting(HeldOutFigures row)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{row.CalibratedOn} → {row.MeasuredOn}, the median calibration, by living situation:\n\n");
        text.Append("| living situation | people | Pearson | estimates ÷ packages |\n|---|---|---|---|\n");
        foreach (var setting in row.BySetting)
        {
            var pearson = setting.Pearson is { } r ? r.ToString("0.000", CultureInfo.InvariantCulture) : "–";
            text.Append(CultureInfo.InvariantCulture, $"| {setting.LivingSituation} | {setting.Count} | {pearson} | {setting.EstimateOverActual:0.00} |\n");
        }

        return text.ToString();
    }
}
