using Formulate.Analysis.Accuracy;
using Formulate.Analysis.Calibration;
using Formulate.Engine.Defaults;

namespace Formulate.Tests.Accuracy.Practice;

/// <summary>One of the practice council's samples of 70, calibrated as the two-planner figures calibrate it.</summary>
internal static class PracticeCalibration
{
    public static (Sample Sample, CalibrationResult Result) Of(int sampleSeed)
    {
        var council = PracticeCouncil.Drawn(TwoPlannerFigures.CouncilSeed);
        var sample = PracticeSample.Generate(council, DefaultDefinitions.CareAsPlanned.Questions, SampleFormat.MinRows, sampleSeed);
        var options = new CalibrationOptions { NewVersion = "calibrated", EffectiveFrom = new DateOnly(2027, 4, 1), Reference = "Calibrated against a synthetic sample" };
        return (sample, ModelCalibrator.Calibrate(PracticeCouncilConfiguration.Definition(council), sample, options));
    }
}
