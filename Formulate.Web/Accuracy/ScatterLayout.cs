using Formulate.Analysis.Accuracy;
using Formulate.Web.Charts;

namespace Formulate.Web.Accuracy;

/// <summary>Positions for the accuracy scatter plot: actual weekly cost across, estimate up, both from £0 to a round maximum.</summary>
public sealed class ScatterLayout
{
    public const double Width = 640;
    public const double Height = 480;
    public const double Left = 80;
    public const double Right = 20;
    public const double Top = 20;
    public const double Bottom = 60;

    public ScatterLayout(IReadOnlyList<ScatterPoint> points)
    {
        var largest = points.Count == 0 ? 100m : points.Max(point => Math.Max(point.Estimate, point.Actual));
        Maximum = AmountAxis.RoundMaximum(largest);
    }

    public decimal Maximum { get; }

    public double PlotWidth => Width - Left - Right;

    public double PlotHeight => Height - Top - Bottom;

    public double X(decimal actual) => Left + ((double)(actual / Maximum) * PlotWidth);

    public double Y(decimal estimate) => Top + PlotHeight - ((double)(estimate / Maximum) * PlotHeight);

    public IReadOnlyList<decimal> Ticks => AmountAxis.Quarters(Maximum);

    /// <summary>The tolerance band: estimates within ± the tolerance of the actual cost, as polygon points.</summary>
    public string Band(decimal tolerancePercent)
    {
        var t = tolerancePercent / 100m;
        return string.Join(' ',
            Point(0m, 0m), Point(Maximum, Maximum * (1 + t)), Point(Maximum, Maximum * Math.Max(0m, 1 - t)));
    }

    public static string Number(double value) => SvgNumber.Format(value);

    private string Point(decimal actual, decimal estimate) => $"{Number(X(actual))},{Number(Y(estimate))}";
}
