using Formulate.Web.Charts;

namespace Formulate.Web.People;

/// <summary>Places history points in an SVG view box: time along, pounds a week up, from £0.</summary>
public sealed class HistoryChartLayout
{
    public const double Width = 640;
    public const double Height = 260;
    public const double Left = 70;
    public const double Right = 20;
    public const double Top = 20;
    public const double Bottom = 40;

    private readonly DateOnly _first;
    private readonly int _days;

    public HistoryChartLayout(IReadOnlyList<HistoryPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        _first = points.Count == 0 ? default : points.Min(p => p.Date);
        _days = points.Count == 0 ? 1 : Math.Max(1, points.Max(p => p.Date).DayNumber - _first.DayNumber);
        var highest = points.Count == 0 ? 100m : points.Max(p => p.Weekly);
        Maximum = AmountAxis.RoundMaximum(highest);
    }

    /// <summary>The top of the amount axis, a round figure above the highest point.</summary>
    public decimal Maximum { get; }

    public IReadOnlyList<decimal> Ticks => AmountAxis.Quarters(Maximum);

    public string X(DateOnly date) => Format(Left + ((date.DayNumber - _first.DayNumber) / (double)_days * (Width - Left - Right)));

    public string Y(decimal weekly) => Format(Top + ((1 - (double)(weekly / Maximum)) * (Height - Top - Bottom)));

    public string Line(IEnumerable<HistoryPoint> points) =>
        string.Join(" ", points.OrderBy(p => p.Date).Select(p => $"{X(p.Date)},{Y(p.Weekly)}"));

    private static string Format(double value) => SvgNumber.Format(value);
}
