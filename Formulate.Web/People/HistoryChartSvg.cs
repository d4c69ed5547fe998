using System.Globalization;
using System.Net;
using System.Text;
using Formulate.Analysis.Text;
using Formulate.Engine.Text;

namespace Formulate.Web.People;

/// <summary>
/// Writes the budget history line chart as SVG markup: a title and description for screen
/// readers, amount gridlines, a solid line with circles for estimates and a dashed line with
/// squares for agreed budgets, so the two differ by more than colour.
/// </summary>
public static class HistoryChartSvg
{
    public static string Render(IReadOnlyList<HistoryPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var chart = new HistoryChartLayout(points);
        var estimates = points.Where(p => !p.IsAgreed).ToList();
        var agreed = points.Where(p => p.IsAgreed).ToList();
        var right = HistoryChartLayout.Width - HistoryChartLayout.Right;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg role=\"img\" aria-labelledby=\"history-chart-title history-chart-desc\" viewBox=\"0 0 {HistoryChartLayout.Width} {HistoryChartLayout.Height}\" width=\"100%\" xmlns=\"http://www.w3.org/2000/svg\" id=\"history-chart\">");
        svg.Append("<title id=\"history-chart-title\">Weekly estimates and agreed budgets over time</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"history-chart-desc\">{Encode(Description(estimates, agreed))}</desc>");
        foreach (var tick in chart.Ticks)
        {
            var y = chart.Y(tick);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{HistoryChartLayout.Left}\" x2=\"{right}\" y1=\"{y}\" y2=\"{y}\" stroke=\"#b1b4b6\" stroke-width=\"1\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{HistoryChartLayout.Left - 8}\" y=\"{y}\" text-anchor=\"end\" dominant-baseline=\"middle\" font-size=\"12\" fill=\"#0b0c0c\">{Encode(Pounds.Format(tick))}</text>");
        }

        if (points.Count > 0)
        {
            var baseline = HistoryChartLayout.Height - 12;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{HistoryChartLayout.Left}\" y=\"{baseline}\" font-size=\"12\" fill=\"#0b0c0c\">{DateText(points.Min(p => p.Date))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{right}\" y=\"{baseline}\" text-anchor=\"end\" font-size=\"12\" fill=\"#0b0c0c\">{DateText(points.Max(p => p.Date))}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<polyline points=\"{chart.Line(estimates)}\" fill=\"none\" stroke=\"#1d70b8\" stroke-width=\"3\"/>");
        foreach (var point in estimates)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{chart.X(point.Date)}\" cy=\"{chart.Y(point.Weekly)}\" r=\"5\" fill=\"#1d70b8\"/>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<polyline points=\"{chart.Line(agreed)}\" fill=\"none\" stroke=\"#00703c\" stroke-width=\"3\" stroke-dasharray=\"8 4\"/>");
        foreach (var point in agreed)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{chart.X(point.Date)}\" y=\"{chart.Y(point.Weekly)}\" width=\"10\" height=\"10\" transform=\"translate(-5 -5)\" fill=\"#00703c\"/>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    public static string Description(IReadOnlyList<HistoryPoint> estimates, IReadOnlyList<HistoryPoint> agreed)
    {
        ArgumentNullException.ThrowIfNull(estimates);
        ArgumentNullException.ThrowIfNull(agreed);
        return $"Estimates: {Range(estimates)}. Agreed budgets: {Range(agreed)}. The table below lists every value.";
    }

    private static string Range(IReadOnlyList<HistoryPoint> points)
    {
        if (points.Count == 0)
        {
            return "none";
        }

        var ordered = points.OrderBy(p => p.Date).ToList();
        return $"{points.Count}, from {Pounds.Format(ordered[0].Weekly)} to {Pounds.Format(ordered[^1].Weekly)} a week";
    }

    private static string DateText(DateOnly date) => date.ToString("d MMM yyyy", UkFormat.Culture);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
