using Formulate.Analysis.Accuracy;
using Formulate.Analysis.Calibration;
using Formulate.Analysis.Text;
using Formulate.Engine;
using Formulate.Engine.Defaults;
using Formulate.Engine.Estimation;
using Formulate.Engine.Tracing;
using Formulate.Tests.Engine;

namespace Formulate.Tests.Accuracy;

/// <summary>Calibration's report says which parameters moved and why: what the packages of the cases that read each one said.</summary>
public sealed class CalibrationReasonTests
{
    private static readonly CalibrationOptions Options = new()
    {
        NewVersion = "2026.1",
        EffectiveFrom = new DateOnly(2026, 4, 1),
        Reference = "Calibrated against a synthetic sample",
    };

    [Fact]
    public void Explain_RaisedWhereItsCasesFellShort_SaysBecause()
    {
        ChangeReasons.Explain(10m, 12m, 23, 41.2m, -3.1m).ShouldBe(
            "Raised because the 23 cases that read it were estimated a median £41.20 a week below their packages; £3.10 a week above their packages after calibration.");
    }

    [Fact]
    public void Explain_LoweredAlthoughItsCasesFellShort_SaysItBalancesTheOthers()
    {
        ChangeReasons.Explain(0.5m, 0.4m, 1, 7m, 2.5m).ShouldBe(
            "Lowered to balance the other weightings that case reads, although the 1 case that reads it was estimated £7.00 a week below its package; £2.50 a week below its package after calibration.");
    }

    [Fact]
    public void Explain_NoCaseReadsIt_SaysItMovedWithItsKind()
    {
        ChangeReasons.Explain(30m, 36m, 0, 0m, 0m).ShouldBe(
            "Raised with the other values of its kind, which the sample's cases read; no case in the sample reads this value itself.");
    }

    /// <summary>
    /// Worked out apart from the calibrator: each case estimated through the engine's public result, the parameters it
    /// read taken from its trace, the shortfall measured before the council's cap and minimum as calibration fits it.
    /// </summary>
    [Fact]
    public void Calibrate_Sample_EachChangeCountsTheCasesThatReadItAndTheirMedianShortfall()
    {
        var definition = DefaultDefinitions.Definition;
        var sample = SyntheticSample.Generate(SampleFormat.MinRows, 11);
        var engine = new FormulateEngine(definition);
        var estimated = sample.Cases
            .Select(sampleCase => (sampleCase.ActualWeeklyCost, Result: engine.EstimateOrFail(sampleCase.Profile)))
            .Select(pair => (Shortfall: pair.ActualWeeklyCost - BudgetLimits.Without(pair.Result.WeeklyEstimate, pair.Result.Adjustments),
                Reads: CatalogueReach.Steps(pair.Result.Trace).SelectMany(step => step.Parameters).Select(read => read.Key).ToHashSet(StringComparer.Ordinal)))
            .ToList();

        var result = ModelCalibrator.Calibrate(definition, sample, Options);

        result.Changes.ShouldNotBeEmpty();
        result.Changes.ShouldContain(change => change.CasesReading > 0);
        foreach (var change in result.Changes)
        {
            var reading = estimated.Where(e => e.Reads.Contains(change.Key)).Select(e => e.Shortfall).Order().ToList();
            change.CasesReading.ShouldBe(reading.Count, change.Key);
            if (reading.Count > 0)
            {
                var median = reading.Count % 2 == 1 ? reading[reading.Count / 2] : (reading[(reading.Count / 2) - 1] + reading[reading.Count / 2]) / 2m;
                change.MedianShortfallBefore.ShouldBe(median, 0.01m, change.Key);
                change.Reason.ShouldContain(Pounds.Format(Math.Abs(change.MedianShortfallBefore)), Case.Sensitive, change.Key);
            }

            change.Reason.ShouldStartWith(change.After > change.Before ? "Raised" : "Lowered", Case.Sensitive, change.Key);
        }
    }
}
