using Bunit;
using Formulate.Tests.Web.Components.Support;
using Formulate.Web.Components.Practice;
using Formulate.Web.People;

namespace Formulate.Tests.Web.Components;

public sealed class BudgetHistoryChartTests : StaffComponentTest
{
    private static readonly HistoryPoint[] Points =
    [
        new(new DateOnly(2026, 6, 10), 410.25m, IsAgreed: false),
        new(new DateOnly(2026, 1, 10), 300.00m, IsAgreed: false),
        new(new DateOnly(2026, 2, 1), 320.50m, IsAgreed: true),
    ];

    private IRenderedComponent<BudgetHistoryChart> RenderChart() =>
        Context.Render<BudgetHistoryChart>(parameters => parameters.Add(p => p.Points, Points));

    [Fact]
    public void Render_EstimatesAndAgreedBudgets_IsOneImageDescribedInWordsWithATitle()
    {
        var chart = RenderChart();

        var figure = chart.Find("figure#history");
        figure.GetAttribute("aria-labelledby").ShouldBe("history-chart-title");
        chart.Find("#history-chart-title").TextContent.ShouldBe("Weekly estimates and agreed budgets over time");
        var image = chart.Find("figure #history-chart");
        image.GetAttribute("role").ShouldBe("img");
        // Each series oldest first, whatever order the points came in.
        image.GetAttribute("aria-label").ShouldBe(
            "Line chart of weekly estimates and agreed budgets over time. " +
            "Estimates: 2, from £300.00 a week on 10 January 2026 to £410.25 a week on 10 June 2026. " +
            "Agreed budgets: 1, from £320.50 a week on 1 February 2026 to £320.50 a week on 1 February 2026. Every value is in the table below.");
        image.GetAttribute("data-estimates").ShouldBe("2");
        image.GetAttribute("data-agreed").ShouldBe("1");
        // The axis titles are page text beside the chart, hidden from screen readers (the description says it all).
        chart.Find(".staff-chart__y-title").TextContent.ShouldBe("Weekly amount (£)");
        chart.Find(".staff-chart__x-title").TextContent.ShouldBe("Date");
        chart.Markup.ShouldNotContain("govuk-");
    }

    [Fact]
    public void Render_HighestAmountOf410_25_ScalesThePoundsFromZeroInStepsOf100To500()
    {
        var chart = RenderChart();

        // £410.25 / 5 = 82.05, so steps are tried from £10: £10, £20, £25 and £50 give more than six steps to £410.25;
        // £100 gives 4.1, so the axis runs £0 to £500 (the first whole step above) in steps of £100.
        var image = chart.Find("#history-chart");
        image.GetAttribute("data-step").ShouldBe("100");
        image.GetAttribute("data-maximum").ShouldBe("500");
        var labels = chart.FindAll("#history-chart svg text").Select(text => text.TextContent.Trim()).ToList();
        labels.ShouldContain("£0");
        labels.ShouldContain("£100");
        labels.ShouldContain("£400");
        labels.ShouldNotContain("£50");
    }

    [Fact]
    public void Render_TwoSeries_PutsDatesAlongTheBottomAndNamesTheLineStyles()
    {
        var chart = RenderChart();

        // Dates along the bottom, about four steps across the five months from 10 January to 10 June.
        var labels = chart.FindAll("#history-chart svg .mud-charts-xaxis text").Select(text => text.TextContent.Trim()).ToList();
        labels[0].ShouldBe("10 Jan");
        labels.Count.ShouldBeInRange(4, 6);
        // The line styles are told in words as well as drawn (the legend's names are checked in the browser, where
        // MudBlazor draws the series).
        chart.Find(".staff-chart__note").TextContent.ShouldContain("Estimates are the solid line, agreed budgets the dashed line");
    }

    [Theory]
    [InlineData(410.25, 100)]
    [InlineData(1840, 500)]
    [InlineData(120, 20)]
    [InlineData(0, 1)]
    public void Step_LargestAmount_IsARoundFigureGivingAtMostSixSteps(double largest, int expected) =>
        Formulate.Web.Charts.AmountAxis.Step(largest).ShouldBe(expected);
}
