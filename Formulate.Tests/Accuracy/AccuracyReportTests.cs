using Formulate.Analysis.Accuracy;
using Formulate.Engine;
using Formulate.Engine.Defaults;
using Formulate.Engine.Estimation;
using Formulate.Tests.Engine;

namespace Formulate.Tests.Accuracy;

public sealed class AccuracyReportTests
{
    [Fact]
    public void Report_SyntheticSample_ModelledEstimatesBeatThePoundPerPointBaseline()
    {
        foreach (var seed in new[] { 11, 12, 13 })
        {
            var report = AccuracyReporter.Report(DefaultDefinitions.Definition, SyntheticSample.Generate(SampleFormat.MinRows, seed), 25m);

            report.Overall.Pearson!.Value.ShouldBeGreaterThan(report.Baseline.Figures.Pearson!.Value, $"seed {seed}");
            report.Overall.Spearman!.Value.ShouldBeGreaterThan(report.Baseline.Figures.Spearman!.Value, $"seed {seed}");
            report.Overall.MeanAbsoluteError.ShouldBeLessThan(report.Baseline.Figures.MeanAbsoluteError, $"seed {seed}");
            report.Baseline.PoundsPerPoint.ShouldBeGreaterThan(0m);
        }
    }

    [Fact]
    public void Report_PackagesCostingExactlyTheEstimate_PerfectFiguresAndNoOutliers()
    {
        var engine = new FormulateEngine(DefaultDefinitions.Definition);
        var sample = SyntheticSample.Generate(SampleFormat.MinRows, 5);
        var exact = new Sample
        {
            Cases = [.. sample.Cases.Select(c => c with
            {
                Package = [new PackageLine { SupportType = SupportTypes.HomeCare, UnitsPerWeek = 1m, UnitRate = engine.Estimate(c.Profile).Result!.WeeklyEstimate }],
            })],
        };

        var report = AccuracyReporter.Report(DefaultDefinitions.Definition, exact, 0m);

        report.Overall.Pearson.ShouldBe(1d);
        report.Overall.Spearman.ShouldBe(1d);
        report.Overall.MeanAbsoluteError.ShouldBe(0m);
        report.Overall.MeanAbsolutePercentageError.ShouldBe(0d);
        report.Outliers.ShouldBeEmpty();
        report.Points.ShouldAllBe(point => point.WithinTolerance);
    }

    [Fact]
    public void Report_PackagesCostingTheModelsFigureBeforeTheCap_PerfectBeforeLimitsOnly()
    {
        var limitless = DefaultDefinitions.Definition with
        {
            Configuration = DefaultDefinitions.Definition.Configuration.Setting("cap.community_weekly", 100_000m).Setting("minimum.weekly_budget", 0m),
        };
        var engine = new FormulateEngine(limitless);
        var sample = SyntheticSample.Generate(SampleFormat.MinRows, 5);
        var modelled = new Sample
        {
            Cases = [.. sample.Cases.Select(c => c with
            {
                Package = [new PackageLine { SupportType = SupportTypes.HomeCare, UnitsPerWeek = 1m, UnitRate = engine.Estimate(c.Profile).Result!.WeeklyEstimate }],
            })],
        };
        var lowCap = DefaultDefinitions.Definition with { Configuration = DefaultDefinitions.Definition.Configuration.Setting("cap.community_weekly", 600m).Setting(BudgetLimits.ReferToPanelPolicy, 0m) };

        var report = AccuracyReporter.Report(lowCap, modelled, 25m);

        report.EstimatesAtLimits.ShouldBe(report.Points.Count(point => point.Estimate != point.Actual));
        report.EstimatesAtLimits.ShouldBeGreaterThan(10);
        report.BeforeLimits.Pearson!.Value.ShouldBe(1d, 1e-9);
        report.BeforeLimits.MeanAbsoluteError.ShouldBe(0m);
        report.Overall.Pearson!.Value.ShouldBeLessThan(0.99);
    }

    [Fact]
    public void Report_NoEstimateAtALimit_BeforeLimitsEqualsOverall()
    {
        var limitless = DefaultDefinitions.Definition with
        {
            Configuration = DefaultDefinitions.Definition.Configuration.Setting("cap.community_weekly", 100_000m).Setting("minimum.weekly_budget", 0m),
        };

        var report = AccuracyReporter.Report(limitless, SyntheticSample.Generate(SampleFormat.MinRows, 5), 25m);

        report.EstimatesAtLimits.ShouldBe(0);
        report.BeforeLimits.ShouldBe(report.Overall);
    }

    [Fact]
    public void Report_SpecialistRate_RankedFirstWithTheRateAsLikelyCause()
    {
        var engine = new FormulateEngine(DefaultDefinitions.Definition);
        var sample = SyntheticSample.Generate(SampleFormat.MinRows, 5);
        var cases = sample.Cases.Select(c => c with
        {
            Package = [new PackageLine { SupportType = SupportTypes.HomeCare, UnitsPerWeek = 1m, UnitRate = engine.Estimate(c.Profile).Result!.WeeklyEstimate }],
        }).ToList();
        cases[3] = cases[3] with { Package = [new PackageLine { SupportType = SupportTypes.HomeCare, UnitsPerWeek = 60m, UnitRate = 45m }] };

        var report = AccuracyReporter.Report(DefaultDefinitions.Definition, new Sample { Cases = cases }, 10m);

        var outlier = report.Outliers.ShouldHaveSingleItem();
        outlier.Rank.ShouldBe(1);
        outlier.CaseId.ShouldBe(cases[3].CaseId);
        outlier.Actual.ShouldBe(2700m);
        outlier.LargestDifferences[0].SupportType.ShouldBe(SupportTypes.HomeCare);
        outlier.LikelyCause.ShouldStartWith("Rate:");
        outlier.LikelyCause.ShouldContain("£45.00");
    }

    [Fact]
    public void Report_Outliers_LikelyCauseNamesSupportInWordsNotCodes()
    {
        var report = AccuracyReporter.Report(DefaultDefinitions.Definition, SyntheticSample.Generate(300, 5), 10m);

        report.Outliers.Count.ShouldBeGreaterThan(10);
        report.Outliers.ShouldAllBe(outlier => !outlier.LikelyCause.Contains('_'));
        report.Outliers.ShouldContain(outlier => outlier.LikelyCause.Contains("home care", StringComparison.Ordinal));
    }

    [Fact]
    public void Report_RateWithinTheCouncilsOwnRateForThePersonsReason_IsNotBlamedOnTheRate()
    {
        var general = AccuracyReporter.Report(DefaultDefinitions.Definition, SpecialistRateSample(DefaultDefinitions.Definition), 10m);
        var withReasonRate = DefinitionWithLearningDisabilityHomeCareRate(40m);
        var specific = AccuracyReporter.Report(withReasonRate, SpecialistRateSample(withReasonRate), 10m);

        general.Outliers.ShouldHaveSingleItem().LikelyCause.ShouldStartWith("Rate:");
        general.Outliers[0].LikelyCause.ShouldContain("£21.64");
        specific.Outliers.ShouldHaveSingleItem().LikelyCause.ShouldNotStartWith("Rate:");
    }

    /// <summary>Every package equal to its estimate, but one person with a learning disability paid £45 an hour for 60 hours.</summary>
    private static Sample SpecialistRateSample(EngineDefinition definition)
    {
        var engine = new FormulateEngine(definition);
        var cases = SyntheticSample.Generate(SampleFormat.MinRows, 5).Cases.Select(c => c with
        {
            Package = [new PackageLine { SupportType = SupportTypes.HomeCare, UnitsPerWeek = 1m, UnitRate = engine.Estimate(c.Profile).Result!.WeeklyEstimate }],
        }).ToList();
        var person = cases.First(c => c.Profile.Answers["person.living_situation"] == "own_home_alone");
        var index = cases.IndexOf(person);
        var answers = new Dictionary<string, string>(person.Profile.Answers) { ["person.primary_support_reason"] = "learning_disability" };
        cases[index] = person with
        {
            Profile = person.Profile with { Answers = answers },
            Package = [new PackageLine { SupportType = SupportTypes.HomeCare, UnitsPerWeek = 60m, UnitRate = 45m }],
        };
        return new Sample { Cases = cases };
    }

    private static EngineDefinition DefinitionWithLearningDisabilityHomeCareRate(decimal rate)
    {
        var configuration = DefaultDefinitions.Definition.Configuration;
        var general = configuration.Find("rate.home_care")!;
        var specific = general with
        {
            Key = "rate.home_care@learning_disability",
            Label = "Homecare for people with a learning disability, per hour",
            Values = [general.Values[0] with { Value = rate, Reference = "A council's own rate for learning disability support" }],
        };
        return DefaultDefinitions.Definition with { Configuration = configuration with { Parameters = [.. configuration.Parameters, specific] } };
    }

    [Fact]
    public void Report_Groups_CoverEveryEstimatedCaseOnce()
    {
        var report = AccuracyReporter.Report(DefaultDefinitions.Definition, SyntheticSample.Generate(200, 8), 25m);

        var estimated = report.Overall.Count;
        (estimated + report.Unestimated.Count).ShouldBe(200);
        report.ByPrimarySupportReason.Sum(group => group.Figures.Count).ShouldBe(estimated);
        report.ByLivingSituation.Sum(group => group.Figures.Count).ShouldBe(estimated);
        report.ByNeedBand.Sum(group => group.Figures.Count).ShouldBe(estimated);
        report.ByLivingSituation.ShouldContain(group => group.Group == "own_home_alone" && group.Label.Length > 0);
        report.Points.Count.ShouldBe(estimated);
        report.Outliers.Select(outlier => Math.Abs(outlier.Difference)).ShouldBeInOrder(SortDirection.Descending);
    }

    [Fact]
    public void Measure_KnownPairs_GivesTextbookFigures()
    {
        var figures = AccuracyStatistics.Measure([100m, 200m, 300m, 400m], [110m, 190m, 330m, 1000m]);

        figures.Count.ShouldBe(4);
        figures.Spearman.ShouldBe(1d);
        figures.Pearson!.Value.ShouldBe(0.8950, 0.0001);
        figures.MeanAbsoluteError.ShouldBe(162.5m);
        figures.MeanAbsolutePercentageError!.Value.ShouldBe(100d * ((10d / 110) + (10d / 190) + (30d / 330) + (600d / 1000)) / 4, 0.01);
    }

    [Fact]
    public void Measure_NoSpread_GivesNoCorrelationRatherThanNaN()
    {
        var figures = AccuracyStatistics.Measure([100m, 100m, 100m], [1m, 2m, 3m]);

        figures.Pearson.ShouldBeNull();
        figures.Spearman.ShouldBeNull();
    }

    [Fact]
    public void Fit_PointsAndCosts_GivesLeastSquaresSlopeThroughOrigin()
    {
        PerPointBaseline.Fit([1, 2, 3], [10m, 20m, 33m]).ShouldBe(Math.Round((10m + 40m + 99m) / 14m, 4));
        PerPointBaseline.Fit([0, 0], [10m, 20m]).ShouldBe(0m);
    }
}
