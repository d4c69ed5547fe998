using Formulate.Analysis.Accuracy;
using Formulate.Engine.Defaults;
using Formulate.Tests.Accuracy.Practice;

namespace Formulate.Tests.Accuracy.HeldOut;

/// <summary>
/// Each held-out council's model calibrated on ten samples of 70 of its people and measured on 1,000 others, as the
/// independent evaluation measures a council. Only the overall figures are reported: where the estimates part from this
/// planner's packages by setting is not looked at, so that no rule of the model is ever shaped on it (decision 0055).
/// </summary>
public static class HeldOutAccuracy
{
    public static HeldOutFigures Within(HeldOutCouncil council, bool planningSettings, double? drift = null)
    {
        var source = HeldOutCouncilConfiguration.Source(council, planningSettings, drift);
        var calibrations = TwoPlannerAccuracy.Calibrate(source, TwoPlannerFigures.CalibrationSeeds, TwoPlannerFigures.CalibrationSize);
        var measured = source.Generate(TwoPlannerFigures.MeasuredSize, TwoPlannerFigures.MeasuredSeed);
        return TwoPlannerAccuracy.Measure(source, calibrations, source, measured) with { BySetting = [] };
    }

    /// <summary>
    /// The Pearson between the plans and the packages bought, on the sample the figures are measured on: the best any
    /// model could reach there, since no estimate can foresee how a package drifts from its plan.
    /// </summary>
    public static double Ceiling(HeldOutCouncil council, double? drift = null)
    {
        var planned = HeldOutSample.Planned(council, DefaultDefinitions.CareAsPlanned.Questions, TwoPlannerFigures.MeasuredSize, TwoPlannerFigures.MeasuredSeed, drift);
        return AccuracyStatistics.Measure([.. planned.Select(c => c.PlannedWeeklyCost)], [.. planned.Select(c => c.Case.ActualWeeklyCost)]).Pearson!.Value;
    }

    /// <summary>The median over councils of each council's median held-out Pearson.</summary>
    public static double MedianOverCouncils(IEnumerable<HeldOutFigures> councils) =>
        AccuracyStatistics.Median([.. councils.Select(council => council.MedianPearson)]);
}
