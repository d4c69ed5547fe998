using Formulate.Analysis.Accuracy;
using Formulate.Analysis.Calibration;
using Formulate.Engine.Defaults;
using Formulate.Engine.Estimation;

namespace Formulate.Tests.Accuracy;

/// <summary>The shortcuts calibration takes for speed, each checked against doing the work in full.</summary>
public sealed class CalibrationInternalsTests
{
    private static readonly EngineDefinition Definition = DefaultDefinitions.Definition;

    private static readonly CalibrationOptions Options = new()
    {
        NewVersion = "2026.1",
        EffectiveFrom = new DateOnly(2026, 4, 1),
        Reference = "Calibrated against a synthetic sample",
    };

    public static TheoryData<string> Models => [.. DefaultDefinitions.All.Select(definition => definition.Stamp.Model)];

    /// <summary>Each model with a sample its questions can hold: the first planner's for the by-activity model, the practice planner's for the other.</summary>
    private static (EngineDefinition Definition, Sample Sample) Sampled(string modelStamp, int count, int seed)
    {
        if (modelStamp == Definition.Stamp.Model)
        {
            return (Definition, SyntheticSample.Generate(count, seed));
        }

        var planned = DefaultDefinitions.CareAsPlanned;
        var council = Practice.PracticeCouncil.Drawn(seed);
        return (Practice.PracticeCouncilConfiguration.Definition(council),
            Practice.PracticeSample.Generate(council, planned.Questions, count, seed));
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Estimate_ReusingAreasAParameterDoesNotMove_EqualsEstimatingAfresh(string modelStamp)
    {
        var (shipped, sample) = Sampled(modelStamp, 300, 41);
        var model = new WorkingModel(shipped, Options.EffectiveFrom);
        var cases = ModelCalibrator.Prepare(shipped, model, sample);
        var individual = VariableMap.Individual(model, model.Start);
        var here = model.With(model.Start);
        var checkedPairs = 0;
        foreach (var sampleCase in cases)
        {
            var areas = new AreaMemo();
            sampleCase.Estimate(here, areas);
            foreach (var parameter in sampleCase.Reads)
            {
                var moved = (double[])model.Start.Clone();
                moved[parameter] = model.Start[parameter] * 1.37 + 0.5;
                var definition = model.With(moved);
                var stale = sampleCase.AreasMovedBy(parameter, individual);

                var reused = sampleCase.Estimate(definition, stale is null ? null : areas.Except(stale));

                reused.ShouldBe(sampleCase.Estimate(definition), $"{model.Parameters[parameter].Key} moved");
                checkedPairs++;
            }
        }

        checkedPairs.ShouldBeGreaterThan(1000);
    }

    [Fact]
    public void CrossValidate_HeldOutCase_IsEstimatedWithoutItsOwnPackage()
    {
        var model = new WorkingModel(Definition, Options.EffectiveFrom);
        var cases = ModelCalibrator.Prepare(Definition, model, SyntheticSample.Generate(SampleFormat.MinRows, 12));
        var dearest = cases.IndexOf(cases.MaxBy(sampleCase => sampleCase.Actual)!);
        var changed = cases.Select((sampleCase, i) => i != dearest
            ? sampleCase
            : new PreparedCase(sampleCase.Answers, sampleCase.Date, sampleCase.Actual * 3) { Reads = sampleCase.Reads, AreasReading = sampleCase.AreasReading }).ToList();

        var heldOut = ModelCalibrator.CrossValidate(model, cases, Options, startJacobian: null);
        var heldOutWithChangedPackage = ModelCalibrator.CrossValidate(model, changed, Options, startJacobian: null);

        // Still the dearest, so in the same fold: its estimate comes from a fit that never saw its package.
        heldOutWithChangedPackage[dearest].ShouldBe(heldOut[dearest]);
        heldOutWithChangedPackage.Where((_, i) => i != dearest).ShouldNotBe(heldOut.Where((_, i) => i != dearest), "the other folds were fitted with the changed package");
    }

    [Fact]
    public void StartOf_DatesBetweenChanges_GiveTheFirstDayOfTheirPeriod()
    {
        var periods = new ParameterPeriods(Definition);
        var starts = Definition.Model.Parameters.Concat(Definition.Configuration.Parameters).SelectMany(parameter => parameter.Values).Select(value => value.From).Distinct().Order().ToList();

        periods.StartOf(starts[0]).ShouldBe(starts[0]);
        periods.StartOf(starts[0].AddDays(-1)).ShouldBe(starts[0].AddDays(-1));
        periods.StartOf(starts[^1].AddYears(3)).ShouldBe(starts[^1]);
        if (starts.Count > 1)
        {
            periods.StartOf(starts[1].AddDays(-1)).ShouldBe(starts[0]);
        }
    }

    [Fact]
    public void StartOf_EveryCaseOfASample_EstimatesTheSameAsOnItsOwnDate()
    {
        var periods = new ParameterPeriods(Definition);
        var engine = new Formulate.Engine.FormulateEngine(Definition);
        var compared = 0;
        foreach (var profile in SyntheticSample.Generate(200, 43).Cases.SelectMany(sampleCase => new[] { sampleCase.Profile, sampleCase.Profile with { AssessmentDate = sampleCase.Profile.AssessmentDate.AddDays(300) } }))
        {
            var onItsDate = engine.Estimate(profile).Result?.WeeklyEstimate;
            var onPeriodStart = engine.Estimate(profile with { AssessmentDate = periods.StartOf(profile.AssessmentDate) }).Result?.WeeklyEstimate;

            onPeriodStart.ShouldBe(onItsDate, profile.AssessmentDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            compared += onItsDate is null ? 0 : 1;
        }

        compared.ShouldBeGreaterThan(300);
    }
}
