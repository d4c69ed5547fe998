using Formulate.Analysis.Benchmarking;
using Formulate.Analysis.Defaults;
using Formulate.Engine.Defaults;
using Formulate.Web.Configuration;

namespace Formulate.Tests.Web.Configuration;

public sealed class ParameterRowsTests
{
    internal static readonly DateOnly Today = new(2026, 11, 22);

    internal static IReadOnlyList<ParameterRow> Shipped(SimilarCouncils? similar = null) =>
        ParameterRows.Build(DefaultDefinitions.Definition.Configuration, AnalysisDefaults.IllustrativeBenchmark, similar ?? new SimilarCouncils(DeprivationBand.Middle, "urban"), Today);

    [Fact]
    public void Build_ShippedConfiguration_ListsEveryParameterRatesFirstWithTheOptionalDecisionsNotSet()
    {
        var rows = Shipped();

        rows.Count.ShouldBe(DefaultDefinitions.Definition.Configuration.Parameters.Count + OptionalDecisions.MissingFrom(DefaultDefinitions.Definition.Configuration).Count());
        rows[0].Key.ShouldBe("rate.home_care");
        rows[0].Id.ShouldBe("rate-rate-home_care");
        rows[0].Area.ShouldBe(ParameterRows.RatesArea);
        rows[0].ValueText.ShouldBe("£21.64 per hour");
        rows.Single(row => row.Key == "cap.community_weekly").Id.ShouldBe("decision-cap-community_weekly");
        rows.Single(row => row.Key == "rate.care_home.nursing.band1").Area.ShouldBe(ParameterRows.CareHomesArea);
        rows.Single(row => row.Key == "minimum.visit_minutes.personal_care").MostCommon.ShouldNotBeNull();
    }

    [Fact]
    public void Query_AreaAndName_FilterBeforePaging()
    {
        var page = ParameterRows.Query(Shipped(), new ParameterQuery(ParameterRows.CareHomesArea, "nursing", null, false, 0, 10));

        page.Items.Select(row => row.Key).ShouldBe(["rate.care_home.nursing.band1", "rate.care_home.nursing.band2", "rate.care_home.nursing.non_staffing"]);
        page.Total.ShouldBe(3);
    }

    [Fact]
    public void Query_NameMatchesTheKeyOrTheLabelWhateverItsCase()
    {
        var byKey = ParameterRows.Query(Shipped(), new ParameterQuery(null, "SLEEP_IN", null, false, 0, 10));
        var byLabel = ParameterRows.Query(Shipped(), new ParameterQuery(null, "homecare", null, false, 0, 10));

        byKey.Items.Select(row => row.Key).ShouldBe(["rate.sleep_in_night"]);
        byLabel.Items.Select(row => row.Key).ShouldBe(["rate.home_care"]);
    }

    [Fact]
    public void Query_SortedByValueDescending_PagesThroughTheSortedRows()
    {
        var rows = Shipped();
        var all = ParameterRows.Query(rows, new ParameterQuery(ParameterRows.RatesArea, null, ParameterSort.Value, true, 0, 100)).Items;

        var second = ParameterRows.Query(rows, new ParameterQuery(ParameterRows.RatesArea, null, ParameterSort.Value, true, 1, 3));

        all.Select(row => row.SortValue).ShouldBeInOrder(SortDirection.Descending);
        all[0].Key.ShouldBe("rate.respite_week");
        second.Items.ShouldBe(all.Skip(3).Take(3));
        second.Page.ShouldBe(1);
        second.Total.ShouldBe(all.Count);
    }

    [Fact]
    public void Query_PageBeyondTheLast_GivesTheLastPage()
    {
        var page = ParameterRows.Query(Shipped(), new ParameterQuery(ParameterRows.SharedLivesArea, null, ParameterSort.Name, false, 7, 2));

        page.Page.ShouldBe(1);
        page.Items.Select(row => row.Label).ShouldBe(["Shared Lives band 3, per week"]);
    }

    [Fact]
    public void Query_SortedByWarnings_PutsTheMostWarnedFirst()
    {
        var page = ParameterRows.Query(Shipped(), new ParameterQuery(null, null, ParameterSort.Warnings, true, 0, 1));

        page.Items.Single().WarningCount.ShouldBe(Shipped().Max(row => row.WarningCount));
        page.Items.Single().WarningCount.ShouldBeGreaterThan(0);
    }
}
