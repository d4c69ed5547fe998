using AngleSharp.Html.Parser;
using Formulate.Analysis.Benchmarking;
using Formulate.Tests.Web.Components.Support;
using Formulate.Web.Components.Configuration;

namespace Formulate.Tests.Web.Components;

public class BenchmarkBarTests
{
    private static readonly RateBenchmark Benchmark = new()
    {
        Key = "rate.home_care", Count = 24, Minimum = 20m, Average = 22m, Maximum = 25m, SimilarCount = 3, SimilarAverage = 21m,
    };

    [Fact]
    public async Task Render_RateBelowTheRange_PlacesMarkersInOrderAndWritesTheFiguresOut()
    {
        var html = await Render.HtmlAsync<BenchmarkBar>(
            (nameof(BenchmarkBar.Id), "bar"),
            (nameof(BenchmarkBar.Benchmark), Benchmark),
            (nameof(BenchmarkBar.Value), 15m));
        var document = new HtmlParser().ParseDocument(html);

        var svg = document.QuerySelector("svg")!;
        svg.GetAttribute("role").ShouldBe("img");
        svg.GetAttribute("aria-labelledby").ShouldBe("bar-title");
        document.GetElementById("bar-title")!.TextContent.ShouldBe(
            "This council £15.00; 24 councils range from £20.00 to £25.00, average £22.00; similar councils' average £21.00");
        // The scale runs from £15 (x = 10) to £25 (x = 290): 28 units a pound.
        document.QuerySelector(".app-benchmark__council")!.GetAttribute("cx").ShouldBe("10");
        document.QuerySelector(".app-benchmark__range")!.GetAttribute("x").ShouldBe("150");
        document.QuerySelector(".app-benchmark__range")!.GetAttribute("width").ShouldBe("140");
        document.QuerySelector(".app-benchmark__average")!.GetAttribute("x1").ShouldBe("206");
        document.QuerySelectorAll(".app-benchmark__legend li").Select(li => li.TextContent.Trim()).ShouldBe(
        [
            "This council: £15.00",
            "24 councils: lowest £20.00, highest £25.00",
            "Average: £22.00",
            "Similar councils' average: £21.00 (3 councils)",
        ]);
    }

    [Fact]
    public async Task Render_PublishedFloorAboveTheRange_WidensTheScaleAndNamesTheFloor()
    {
        var floor = new PublishedFloor { Key = "rate.home_care", Label = "Homecare Association minimum price for homecare", Value = 32.14m, From = new DateOnly(2025, 4, 1), Source = "HCA" };

        var html = await Render.HtmlAsync<BenchmarkBar>(
            (nameof(BenchmarkBar.Id), "bar"),
            (nameof(BenchmarkBar.Benchmark), Benchmark with { SimilarCount = 0, SimilarAverage = null }),
            (nameof(BenchmarkBar.Value), 21.64m),
            (nameof(BenchmarkBar.Floor), floor));
        var document = new HtmlParser().ParseDocument(html);

        document.QuerySelector(".app-benchmark__floor")!.GetAttribute("x1").ShouldBe("290");
        document.QuerySelector(".app-benchmark__similar").ShouldBeNull();
        var legend = document.QuerySelector(".app-benchmark__legend")!.TextContent;
        legend.ShouldContain("No similar council sets this rate");
        legend.ShouldContain("Homecare Association minimum price for homecare: £32.14");
    }
}
