using AngleSharp.Dom;
using Bunit;
using Formulate.Analysis.Benchmarking;
using Formulate.Analysis.Defaults;
using Formulate.Tests.Web.Components.Support;
using Formulate.Tests.Web.Configuration;
using Formulate.Web.Components.Configuration;
using Formulate.Web.Configuration;

namespace Formulate.Tests.Web.Components;

public sealed class ParameterGridTests : StaffComponentTest
{
    [Fact]
    public void Render_ShippedConfiguration_ShowsTheFirstPageOfTenWithValuesAndWarnings()
    {
        var grid = Render(ParameterRowsTests.Shipped());

        grid.WaitForAssertion(() => grid.FindAll("#parameters tbody tr .app-parameter").Count.ShouldBe(ParameterGrid.PageSize));
        var homeCare = Row(grid, "rate-rate-home_care");
        homeCare.QuerySelector(".app-council-value")!.TextContent.ShouldContain("£21.64 per hour");
        homeCare.TextContent.ShouldContain("2 warnings");
        grid.Find(".staff-pager__status").TextContent.ShouldBe($"Page 1 of {(ParameterRowsTests.Shipped().Count + 9) / 10}");
        grid.Find("#parameters-found").TextContent.ShouldBe($"{ParameterRowsTests.Shipped().Count} parameters found");
        grid.Find("#parameters-previous").HasAttribute("disabled").ShouldBeTrue();
    }

    [Fact]
    public void Details_HomeCare_ShowsItsDefaultRulesWarningsAndBenchmarksThenHidesThem()
    {
        var grid = Render(ParameterRowsTests.Shipped());
        grid.WaitForAssertion(() => grid.Find("#details-rate-rate-home_care"));
        grid.FindAll("#rate-rate-home_care-details").ShouldBeEmpty();
        grid.Find("#details-rate-rate-home_care").GetAttribute("aria-expanded").ShouldBe("false");

        grid.Find("#details-rate-rate-home_care").Click();

        var details = grid.WaitForElement("#rate-rate-home_care-details");
        grid.Find("#details-rate-rate-home_care").GetAttribute("aria-expanded").ShouldBe("true");
        details.QuerySelector(".app-model-default")!.TextContent.ShouldContain("£21.64");
        var warnings = details.QuerySelectorAll(".app-rate-warning").Select(w => w.TextContent).ToList();
        warnings.ShouldContain(w => w.Contains("Homecare Association minimum price for homecare of £32.14", StringComparison.Ordinal));
        warnings.ShouldContain(w => w.Contains("Not uplifted for over 12 months", StringComparison.Ordinal));
        details.QuerySelector(".app-benchmark__title")!.TextContent.ShouldContain("24 councils range from £20.40 to £25.23");
        details.QuerySelector(".app-benchmark__table")!.TextContent.ShouldContain("Similar councils' average");

        grid.Find("#details-rate-rate-home_care").Click();

        grid.WaitForAssertion(() => grid.FindAll("#rate-rate-home_care-details").ShouldBeEmpty());
    }

    [Fact]
    public void Details_RatesAndDecisions_SayWhichRulesReadThem()
    {
        var grid = Render(ParameterRowsTests.Shipped());

        Open(grid, "rate-rate-sleep_in_night").QuerySelector(".app-used-by")!.TextContent.Trim().ShouldBe("Support at night, Sleep-in nights");
        Filter(grid, name: "cap.community");
        Open(grid, "decision-cap-community_weekly").QuerySelector(".app-used-by")!.TextContent.Trim()
            .ShouldBe("The council's cap and minimum for support at home, The estimate reached the high-end cap, The estimate is above the high-end cap and goes to panel");
        Filter(grid, name: "personal_care");
        Open(grid, "decision-minimum-visit_minutes-personal_care").QuerySelector(".app-most-common")!.TextContent.ShouldContain("Most common elsewhere: 30 minutes per visit");
    }

    [Fact]
    public void Render_SimilarCouncilsChosen_AveragesOnlyThoseCouncils()
    {
        var similar = new SimilarCouncils(DeprivationBand.LeastDeprived, "london");
        var expected = BenchmarkStatistics.Rate(AnalysisDefaults.IllustrativeBenchmark, "rate.home_care", similar)!;

        var grid = Render(ParameterRowsTests.Shipped(similar));

        Open(grid, "rate-rate-home_care").QuerySelector(".app-benchmark__table")!.TextContent
            .ShouldContain($"Similar councils' average ({expected.SimilarCount} councils)£{expected.SimilarAverage:0.00}");
    }

    [Fact]
    public void Filter_AreaChosen_ListsThatAreaAloneFromItsFirstPage()
    {
        var grid = Render(ParameterRowsTests.Shipped());
        grid.WaitForAssertion(() => grid.Find("#parameters-next"));
        grid.Find("#parameters-next").Click();
        grid.WaitForAssertion(() => grid.Find(".staff-pager__status").TextContent.ShouldStartWith("Page 2"));

        grid.Find("#area-filter").Change(ParameterRows.PoliciesArea);

        grid.WaitForAssertion(() => grid.Find(".staff-pager__status").TextContent.ShouldBe("Page 1 of 1"));
        grid.FindAll("#parameters tbody tr .app-parameter").Select(cell => cell.Id).ShouldAllBe(id => id!.StartsWith("decision-policy-", StringComparison.Ordinal));
        grid.Find("#parameters-found").TextContent.ShouldBe($"{ParameterRowsTests.Shipped().Count(row => row.Area == ParameterRows.PoliciesArea)} parameters found");
    }

    [Fact]
    public void Filter_NameMatchingNothing_SaysSoAndHowToFindMore()
    {
        var grid = Render(ParameterRowsTests.Shipped());

        Filter(grid, name: "no such parameter");

        grid.WaitForAssertion(() => grid.Find("#parameters").TextContent.ShouldContain("No parameter matches the filter. Choose another area or clear the name."));
        grid.Find("#parameters-found").TextContent.ShouldBe("0 parameters found");
    }

    [Fact]
    public void Sort_CouncilsValueDescending_PutsTheHighestRateFirst()
    {
        var grid = Render(ParameterRowsTests.Shipped());
        grid.WaitForAssertion(() => grid.Find("#parameters-found"));
        grid.Find("#area-filter").Change(ParameterRows.RatesArea);

        var header = grid.FindAll("#parameters thead th").Single(th => th.TextContent.Contains("Council's value", StringComparison.Ordinal));
        header.QuerySelector("button.sort-direction-icon")!.Click();
        header = grid.FindAll("#parameters thead th").Single(th => th.TextContent.Contains("Council's value", StringComparison.Ordinal));
        header.QuerySelector("button.sort-direction-icon")!.Click();

        grid.WaitForAssertion(() => grid.FindAll("#parameters tbody tr .app-parameter")[0].Id.ShouldBe("rate-rate-respite_week"));
    }

    [Fact]
    public void Change_Pressed_HandsTheRowToThePage()
    {
        ParameterRow? changed = null;
        var grid = Context.Render<ParameterGrid>(parameters => parameters
            .Add(p => p.Rows, ParameterRowsTests.Shipped())
            .Add(p => p.Change, (ParameterRow row) => changed = row));
        grid.WaitForAssertion(() => grid.Find("#change-rate-rate-home_care"));

        grid.Find("#change-rate-rate-home_care").Click();

        changed.ShouldNotBeNull().Key.ShouldBe("rate.home_care");
        System.Text.RegularExpressions.Regex.Replace(grid.Find("#change-rate-rate-home_care").TextContent, @"\s+", " ").Trim().ShouldBe("Change Homecare, per hour");
    }

    private IRenderedComponent<ParameterGrid> Render(IReadOnlyList<ParameterRow> rows) =>
        Context.Render<ParameterGrid>(parameters => parameters.Add(p => p.Rows, rows));

    private static void Filter(IRenderedComponent<ParameterGrid> grid, string name)
    {
        grid.WaitForAssertion(() => grid.Find("#name-filter"));
        grid.Find("#name-filter").Change(name);
    }

    private static IElement Row(IRenderedComponent<ParameterGrid> grid, string id) =>
        grid.Find($"#{id}").Closest("tr")!;

    private static IElement Open(IRenderedComponent<ParameterGrid> grid, string id)
    {
        grid.WaitForAssertion(() => grid.Find($"#details-{id}"));
        grid.Find($"#details-{id}").Click();
        return grid.WaitForElement($"#{id}-details");
    }
}
