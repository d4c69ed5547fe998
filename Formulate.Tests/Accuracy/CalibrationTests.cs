using Formulate.Analysis.Accuracy;
using Formulate.Analysis.Calibration;
using Formulate.Engine.Defaults;
using Formulate.Engine.Estimation;
using Formulate.Engine.Parameters;
using Formulate.Tests.Engine;

namespace Formulate.Tests.Accuracy;

public sealed class CalibrationTests
{
    private static readonly int[] Seeds = [11, 12, 13, 21, 22, 23, 31, 32, 33, 34];

    private static CalibrationOptions Options => new()
    {
        NewVersion = "2026.1",
        EffectiveFrom = new DateOnly(2026, 4, 1),
        Reference = "Calibrated against a synthetic sample",
    };

    [Fact]
    public void Calibrate_SeventyRowSamples_RaisesHeldOutPearsonAboveNinetyAndLowersError()
    {
        var heldOut = new List<double>();
        foreach (var seed in Seeds)
        {
            var figures = ModelCalibrator.Calibrate(DefaultDefinitions.Definition, SyntheticSample.Generate(SampleFormat.MinRows, seed), Options).Figures!;
            var after = figures.HeldOutAfter.Pearson.ShouldNotBeNull();
            after.ShouldBeGreaterThan(figures.Before.Pearson!.Value, $"seed {seed}");
            after.ShouldBeGreaterThan(0.9, $"seed {seed}");
            figures.HeldOutAfter.MeanAbsoluteError.ShouldBeLessThan(figures.Before.MeanAbsoluteError, $"seed {seed}");
            heldOut.Add(after);
        }

        heldOut.Order().ElementAt(heldOut.Count / 2).ShouldBeGreaterThan(0.93);
    }

    /// <remarks>
    /// The cap and minimum are the council's limits, which calibration does not change. With a cap below most estimates,
    /// comparing packages with capped estimates would leave the fit almost nothing to learn from.
    /// </remarks>
    [Fact]
    public void Calibrate_CapBelowMostEstimates_FitsTheModelsFiguresBeforeItAsWithoutIt()
    {
        var sample = SyntheticSample.Generate(SampleFormat.MinRows, 11);
        var shipped = DefaultDefinitions.Definition;
        var lowCap = shipped with { Configuration = shipped.Configuration.Setting("cap.community_weekly", 500m).Setting(BudgetLimits.ReferToPanelPolicy, 0m) };

        var usual = ModelCalibrator.Calibrate(shipped, sample, Options);
        var capped = ModelCalibrator.Calibrate(lowCap, sample, Options);

        AccuracyReporter.Report(lowCap, sample, 25m).EstimatesAtLimits.ShouldBeGreaterThan(SampleFormat.MinRows / 2);
        capped.Figures!.HeldOutAfter.Pearson!.Value.ShouldBeGreaterThan(0.9);
        capped.Figures.Before.ShouldBe(usual.Figures!.Before);
        capped.Figures.HeldOutAfter.ShouldBe(usual.Figures.HeldOutAfter);
        capped.Changes.ShouldBe(usual.Changes);
    }

    /// <remarks>
    /// On these samples a plain least-squares fit let a package the profile cannot explain pull the weightings towards it,
    /// and held-out correlation fell; weighting such cases down keeps the fit to what the profiles do explain.
    /// </remarks>
    [Theory]
    [InlineData(100)]
    [InlineData(108)]
    [InlineData(123)]
    public void Calibrate_SampleWithAPackageTheProfileCannotExplain_StillRaisesHeldOutPearson(int seed)
    {
        var figures = ModelCalibrator.Calibrate(DefaultDefinitions.Definition, SyntheticSample.Generate(SampleFormat.MinRows, seed), Options).Figures!;

        figures.HeldOutAfter.Pearson!.Value.ShouldBeGreaterThan(figures.Before.Pearson!.Value);
    }

    [Fact]
    public void Calibrate_SampleWithFivePackagesFarBeyondTheirNeeds_CountsEachForLess()
    {
        var sample = SyntheticSample.Generate(SampleFormat.MinRows, 12, outlierShare: 0);
        var grossOutliers = sample with
        {
            Cases = [.. sample.Cases.Select((sampleCase, i) => i % 14 == 0
                ? sampleCase with { Package = [.. sampleCase.Package.Select(line => line with { UnitsPerWeek = line.UnitsPerWeek * 6m })] }
                : sampleCase)],
        };

        var ordinary = ModelCalibrator.Calibrate(DefaultDefinitions.Definition, sample, Options);
        var result = ModelCalibrator.Calibrate(DefaultDefinitions.Definition, grossOutliers, Options);

        ordinary.CasesFitted.ShouldBe(SampleFormat.MinRows);
        ordinary.CasesCountingLess.ShouldBeInRange(1, SampleFormat.MinRows / 2);
        result.CasesCountingLess.ShouldBeGreaterThanOrEqualTo(5);
        result.CasesCountingLess.ShouldBeGreaterThan(ordinary.CasesCountingLess);
    }

    [Fact]
    public void Calibrate_LargerSample_HeldOutPearsonAboveNinetyAndBeatsBaseline()
    {
        var sample = SyntheticSample.Generate(300, 14);

        var figures = ModelCalibrator.Calibrate(DefaultDefinitions.Definition, sample, Options).Figures!;
        var baseline = AccuracyReporter.Report(DefaultDefinitions.Definition, sample, 25m).Baseline.Figures;

        figures.HeldOutAfter.Pearson!.Value.ShouldBeGreaterThan(0.9);
        figures.HeldOutAfter.Pearson.Value.ShouldBeGreaterThan(baseline.Pearson!.Value);
        figures.HeldOutAfter.MeanAbsoluteError.ShouldBeLessThan(baseline.MeanAbsoluteError);
    }

    [Fact]
    public void Calibrate_Sample_GivesNewVersionAddingDatedValuesWithoutEditingOldOnes()
    {
        var current = DefaultDefinitions.Definition.Model;

        var result = ModelCalibrator.Calibrate(DefaultDefinitions.Definition, SyntheticSample.Generate(SampleFormat.MinRows, 11), Options);

        var calibrated = result.Model.ShouldNotBeNull();
        calibrated.Kind.ShouldBe(ParameterSetKind.Model);
        calibrated.Version.ShouldBe("2026.1");
        calibrated.Id.ShouldBe(current.Id);
        ParameterSetLoader.Validate(calibrated, ParameterSetKind.Model).Succeeded.ShouldBeTrue();
        result.Changes.ShouldNotBeEmpty();
        foreach (var change in result.Changes)
        {
            var before = current.Find(change.Key)!;
            var after = calibrated.Find(change.Key)!;
            after.Values.Take(before.Values.Count).ShouldBe(before.Values);
            after.Values[^1].From.ShouldBe(new DateOnly(2026, 4, 1));
            after.Values[^1].Value.ShouldBe(change.After);
            after.Values[^1].Reference.ShouldContain("held-out Pearson");
        }

        calibrated.Parameters.Count(parameter => parameter.Values.Count > current.Find(parameter.Key)!.Values.Count).ShouldBe(result.Changes.Count);
    }

    [Fact]
    public void Calibrate_Sample_KeepsEveryValueWithinItsBounds()
    {
        var result = ModelCalibrator.Calibrate(DefaultDefinitions.Definition, SyntheticSample.Generate(SampleFormat.MinRows, 22), Options);

        foreach (var parameter in result.Model!.Parameters)
        {
            var value = parameter.Values[^1].Value;
            value.ShouldBeGreaterThanOrEqualTo(0m, parameter.Key);
            if (parameter.Unit == "share")
            {
                value.ShouldBeLessThanOrEqualTo(1m, parameter.Key);
            }

            if (parameter.Key.StartsWith("factor.", StringComparison.Ordinal))
            {
                value.ShouldBeInRange(1m, 3m, parameter.Key);
            }
        }
    }

    [Fact]
    public void Calibrate_SameVersionAndEarlyDate_ReportsBothProblemsAndNoModel()
    {
        var options = Options with { NewVersion = DefaultDefinitions.Definition.Model.Version, EffectiveFrom = new DateOnly(2025, 4, 1) };

        var result = ModelCalibrator.Calibrate(DefaultDefinitions.Definition, SyntheticSample.Generate(SampleFormat.MinRows, 11), options);

        result.IsValid.ShouldBeFalse();
        result.Problems.Count.ShouldBe(2);
        result.Problems.ShouldContain(problem => problem.Contains("new version", StringComparison.Ordinal));
        result.Problems.ShouldContain(problem => problem.Contains("after 2025-04-01", StringComparison.Ordinal));
    }
}
