using Formulate.Analysis.Benchmarking;
using Formulate.Analysis.Defaults;
using Formulate.Engine.Defaults;
using Formulate.Engine.Json;
using Formulate.Engine.Parameters;

namespace Formulate.Tests.Engine;

public sealed class BenchmarkingTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    private static BenchmarkCouncil Council(string code, int decile, string region, decimal homeCare, decimal minimumVisit = 30m) => new()
    {
        Code = code,
        DeprivationDecile = decile,
        RegionType = region,
        EffectiveFrom = new DateOnly(2025, 4, 1),
        Rates = new Dictionary<string, decimal> { ["rate.home_care"] = homeCare },
        Decisions = new Dictionary<string, decimal> { ["minimum.visit_minutes.personal_care"] = minimumVisit },
    };

    private static readonly BenchmarkDataset Four = new()
    {
        Format = BenchmarkDataset.CurrentFormat,
        Title = "Four councils",
        Illustrative = true,
        Councils =
        [
            Council("a", 2, "urban", 20.00m),
            Council("b", 3, "urban", 22.00m, 45m),
            Council("c", 5, "urban", 25.00m, 45m),
            Council("d", 1, "rural", 21.01m),
        ],
    };

    [Fact]
    public void Rate_SimilarByBandAndRegion_AveragesOnlyCouncilsInBoth()
    {
        var benchmark = BenchmarkStatistics.Rate(Four, "rate.home_care", new SimilarCouncils(DeprivationBand.MostDeprived, "urban"))!;

        benchmark.Count.ShouldBe(4);
        benchmark.Minimum.ShouldBe(20.00m);
        benchmark.Maximum.ShouldBe(25.00m);
        benchmark.Average.ShouldBe(22.00m); // 88.01 / 4 = 22.0025
        benchmark.SimilarCount.ShouldBe(2); // a and b: c is in the middle band, d is rural
        benchmark.SimilarAverage.ShouldBe(21.00m);
    }

    [Fact]
    public void Rate_NoSimilarCouncil_HasNoSimilarAverage()
    {
        var benchmark = BenchmarkStatistics.Rate(Four, "rate.home_care", new SimilarCouncils(DeprivationBand.LeastDeprived, "london"))!;

        benchmark.SimilarCount.ShouldBe(0);
        benchmark.SimilarAverage.ShouldBeNull();
        BenchmarkStatistics.Rate(Four, "rate.sleep_in_night", null).ShouldBeNull();
    }

    [Fact]
    public void Decision_TieBetweenChoices_TakesTheLowerValue()
    {
        BenchmarkStatistics.Decision(Four, "minimum.visit_minutes.personal_care").ShouldBe(new DecisionBenchmark("minimum.visit_minutes.personal_care", 30m, 2, 4));
    }

    [Theory]
    [InlineData(3, DeprivationBand.MostDeprived)]
    [InlineData(4, DeprivationBand.Middle)]
    [InlineData(7, DeprivationBand.Middle)]
    [InlineData(8, DeprivationBand.LeastDeprived)]
    public void BandOf_Decile_GroupsIntoThreeBands(int decile, DeprivationBand band) => SimilarCouncils.BandOf(decile).ShouldBe(band);

    [Fact]
    public void RateWarnings_LowStaleRate_WarnsOfEachReason()
    {
        var rate = DefaultDefinitions.Definition.Configuration.Find("rate.home_care")!;
        var benchmark = BenchmarkStatistics.Rate(Four with { Councils = [Council("x", 5, "urban", 22m)] }, "rate.home_care", null);
        var floor = AnalysisDefaults.IllustrativeBenchmark.FloorFor("rate.home_care", Today);

        var warnings = RateWarnings.For(rate, Today, benchmark, floor);

        warnings.Select(w => w.Kind).ShouldBe([RateWarningKind.BelowBenchmarkMinimum, RateWarningKind.BelowPublishedFloor, RateWarningKind.NotUplifted]);
        warnings[1].Message.ShouldContain("£32.14");
        RateWarnings.For(rate, new DateOnly(2026, 4, 1), null, null).ShouldBeEmpty();
    }

    [Fact]
    public void IllustrativeDataset_Shipped_IsLabelledSourcedAndLargeEnough()
    {
        var dataset = AnalysisDefaults.IllustrativeBenchmark;

        dataset.Illustrative.ShouldBeTrue();
        dataset.Councils.Count.ShouldBeGreaterThanOrEqualTo(20);
        dataset.Sources.Count.ShouldBeGreaterThan(5);
        dataset.FloorFor("rate.home_care", new DateOnly(2025, 6, 1))!.Value.ShouldBe(32.14m);
        dataset.FloorFor("rate.home_care", new DateOnly(2024, 6, 1))!.Value.ShouldBe(28.53m);
        foreach (var region in RegionTypes.All)
        {
            dataset.Councils.Count(c => c.RegionType == region).ShouldBeGreaterThan(1);
        }
    }

    [Fact]
    public void Load_BadFile_ReportsEveryProblemWithWhere()
    {
        var json = FormulateJson.Serialize(Four with
        {
            Format = "something-else",
            Councils =
            [
                Council("a", 11, "suburban", -1m),
                Council("a", 5, "urban", 22m) with { Rates = new Dictionary<string, decimal> { ["home_care"] = 22m } },
            ],
        });

        var problems = BenchmarkDatasetLoader.Load(json).Problems.Select(p => p.Where).ToList();

        problems.ShouldBe(
        [
            "format",
            "councils[0].deprivationDecile",
            "councils[0].regionType",
            "councils[0].rates.rate.home_care",
            "councils[1].rates.home_care",
            "councils (a)",
        ]);
    }

    [Fact]
    public void Load_PersonalDataField_IsRefused()
    {
        var json = FormulateJson.Serialize(Four).Replace("\"code\":\"a\"", "\"code\":\"a\",\"personName\":\"Jo Bloggs\"", StringComparison.Ordinal);

        var problem = BenchmarkDatasetLoader.Load(json).Problems.ShouldHaveSingleItem();

        problem.Message.ShouldContain("personName");
    }

    [Fact]
    public void Export_Configuration_RoundTripsThroughTheFormatWithRatesAndDecisionsInForce()
    {
        var dataset = BenchmarkExport.Dataset(DefaultDefinitions.Definition.Configuration, new DateOnly(2026, 5, 1), "demo", 5, "urban");

        var loaded = BenchmarkDatasetLoader.Load(FormulateJson.Serialize(dataset)).Value!;

        var council = loaded.Councils.ShouldHaveSingleItem();
        council.Rates["rate.home_care"].ShouldBe(21.64m);
        council.Decisions["minimum.visit_minutes.personal_care"].ShouldBe(30m);
        council.Rates.Keys.ShouldAllBe(k => k.StartsWith("rate.", StringComparison.Ordinal));
        council.Decisions.ContainsKey("nhs.funded_nursing_care_weekly").ShouldBeFalse();
        loaded.Illustrative.ShouldBeFalse();
    }
}
