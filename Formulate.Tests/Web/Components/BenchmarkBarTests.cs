using Bunit;
using Formulate.Analysis.Benchmarking;
using Formulate.Tests.Web.Components.Support;
using Formulate.Web.Components.Configuration;

namespace Formulate.Tests.Web.Components;

public sealed class BenchmarkBarTests : StaffComponentTest
{
    private static readonly RateBenchmark Benchmark = new()
    {
        Key = "rate.home_care", Count = 24, Minimum = 20m, Average = 22m, Maximum = 25m, SimilarCount = 3, SimilarAverage = 21m,
    };

    [Fact]
    public void Render_RateBelowTheRange_DrawsABarEachOnAScaleFromZeroAndWritesTheFiguresOut()
    {
        var bar = Context.Render<BenchmarkBar>(parameters => parameters
            .Add(p => p.Id, "bar").Add(p => p.Benchmark, Benchmark).Add(p => p.Value, 15m).Add(p => p.Label, "Homecare, per hour").Add(p => p.Unit, "£ per hour"));

        // The chart is one image, named by its summary; a screen reader reads the table.
        var chart = bar.Find(".app-benchmark__chart");
        chart.GetAttribute("role").ShouldBe("img");
        chart.GetAttribute("aria-labelledby").ShouldBe("bar-title");
        bar.Find("#bar-title").TextContent.ShouldBe(
            "This council £15.00; 24 councils range from £20.00 to £25.00, average £22.00; similar councils' average £21.00");
        // A bar each, in the order of the table, labelled along the x axis.
        var svgText = bar.FindAll(".app-benchmark__chart svg text").Select(text => text.TextContent.Trim()).ToList();
        svgText.ShouldContain("This council");
        svgText.ShouldContain("Similar");
        svgText.ShouldContain("Highest");
        // The value axis is a scale in pounds from zero, with its title: five steps of £5 to the highest rate, £25.
        svgText.ShouldContain("£0");
        svgText.ShouldContain("£5");
        svgText.ShouldContain("£25");
        svgText.ShouldContain("£ per hour");
        svgText.ShouldContain("Councils compared");
        bar.FindAll(".app-benchmark__chart svg rect, .app-benchmark__chart svg path.mud-chart-bar").Count.ShouldBeGreaterThanOrEqualTo(5);
        bar.Find(".app-benchmark__table caption").TextContent.ShouldBe("Homecare, per hour: the figures in the chart");
        Rows(bar).ShouldBe(
        [
            "This council: £15.00",
            "Lowest of 24 councils: £20.00",
            "Average of 24 councils: £22.00",
            "Similar councils' average (3 councils): £21.00",
            "Highest of 24 councils: £25.00",
        ]);
    }

    [Fact]
    public void Render_PublishedFloorAboveTheRange_AddsItsBarAndNamesTheFloor()
    {
        var floor = new PublishedFloor { Key = "rate.home_care", Label = "Homecare Association minimum price for homecare", Value = 32.14m, From = new DateOnly(2025, 4, 1), Source = "HCA" };

        var bar = Context.Render<BenchmarkBar>(parameters => parameters
            .Add(p => p.Id, "bar").Add(p => p.Benchmark, Benchmark with { SimilarCount = 0, SimilarAverage = null }).Add(p => p.Value, 21.64m).Add(p => p.Floor, floor));

        Rows(bar).ShouldBe(
        [
            "This council: £21.64",
            "Lowest of 24 councils: £20.00",
            "Average of 24 councils: £22.00",
            "Highest of 24 councils: £25.00",
            "Homecare Association minimum price for homecare: £32.14",
            "Similar councils' average: No similar council sets this rate",
        ]);
        bar.FindAll(".app-benchmark__chart svg text").Select(text => text.TextContent.Trim()).ShouldContain("Floor");
        bar.Find("#bar-title").TextContent.ShouldEndWith("; Homecare Association minimum price for homecare £32.14");
    }

    private static List<string> Rows(IRenderedComponent<BenchmarkBar> bar) =>
        [.. bar.FindAll(".app-benchmark__table tbody tr").Select(row => string.Join(": ", row.Children.Select(cell => cell.TextContent.Trim())))];
}
