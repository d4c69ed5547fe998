using Formulate.Analysis.Accuracy;
using Formulate.Engine.Text;

namespace Formulate.Web.Accuracy;

/// <summary>How the accuracy screens write a correlation and a percentage error, or say that it could not be measured.</summary>
public static class AccuracyFigureText
{
    public const string NotMeasurable = "Not measurable";

    public static string Correlation(double? value) => value is { } r ? r.ToString("0.000", UkFormat.Culture) : NotMeasurable;

    public static string Interval(CorrelationInterval? interval) =>
        interval is { } range ? $"{Correlation(range.Lower)} to {Correlation(range.Upper)}" : NotMeasurable;

    public static string Percentage(double? value) => value is { } p ? p.ToString("0.0", UkFormat.Culture) + "%" : NotMeasurable;
}
