using AngleSharp.Html.Parser;
using Formulate.Tests.Web.Components.Support;
using Formulate.Web.Components.Practice;
using Formulate.Web.People;

namespace Formulate.Tests.Web.Components;

public class BudgetHistoryChartTests
{
    private static readonly HistoryPoint[] Points =
    [
        new(new DateOnly(2026, 1, 10), 300.00m, IsAgreed: false),
        new(new DateOnly(2026, 2, 1), 320.50m, IsAgreed: true),
        new(new DateOnly(2026, 6, 10), 410.25m, IsAgreed: false),
    ];

    [Fact]
    public async Task Render_EstimatesAndAgreedBudgets_IsAnImageWithATitleAndDescription()
    {
        var document = new HtmlParser().ParseDocument(await Render.HtmlAsync<BudgetHistoryChart>((nameof(BudgetHistoryChart.Points), Points)));

        var svg = document.QuerySelector("figure svg#history-chart").ShouldNotBeNull();
        svg.GetAttribute("role").ShouldBe("img");
        svg.GetAttribute("aria-labelledby").ShouldBe("history-chart-title history-chart-desc");
        document.GetElementById("history-chart-title")!.TextContent.ShouldBe("Weekly estimates and agreed budgets over time");
        document.GetElementById("history-chart-desc")!.TextContent.ShouldBe(
            "Estimates: 2, from £300.00 to £410.25 a week. Agreed budgets: 1, from £320.50 to £320.50 a week. The table below lists every value.");
    }

    [Fact]
    public async Task Render_TwoSeries_DrawsCirclesForEstimatesAndSquaresForAgreedBudgets()
    {
        var document = new HtmlParser().ParseDocument(await Render.HtmlAsync<BudgetHistoryChart>((nameof(BudgetHistoryChart.Points), Points)));

        document.QuerySelectorAll("svg circle").Length.ShouldBe(2);
        document.QuerySelectorAll("svg rect").Length.ShouldBe(1);
        var lines = document.QuerySelectorAll("svg polyline");
        lines.Length.ShouldBe(2);
        lines[1].GetAttribute("stroke-dasharray").ShouldBe("8 4");
        document.QuerySelector("figcaption")!.TextContent.ShouldContain("Agreed budgets (dashed line, squares)");
    }

    [Fact]
    public void Layout_HighestPoint_RoundsTheAxisUpAndStartsAtZero()
    {
        var layout = new HistoryChartLayout(Points);

        layout.Maximum.ShouldBe(500m);
        layout.Ticks.ShouldBe([0m, 125m, 250m, 375m, 500m]);
        layout.Y(0m).ShouldBe("220");
        layout.Y(500m).ShouldBe("20");
    }
}
