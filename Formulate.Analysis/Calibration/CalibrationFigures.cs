using Formulate.Analysis.Accuracy;

namespace Formulate.Analysis.Calibration;

/// <summary>
/// Accuracy before and after calibration, each case estimated by parameters fitted without it, on the model's figures
/// before the council's high-end cap and minimum budget (<see cref="Accuracy.AccuracyReport.BeforeLimits"/>).
/// </summary>
public sealed record CalibrationFigures
{
    public required int Folds { get; init; }

    /// <summary>The current parameters (nothing is fitted, so every case is held out).</summary>
    public required AccuracyFigures Before { get; init; }

    /// <summary>Each fold estimated by parameters fitted to the other folds.</summary>
    public required AccuracyFigures HeldOutAfter { get; init; }

    /// <summary>The final parameters, fitted to every case, on the cases they were fitted to; optimistic, shown for comparison.</summary>
    public required AccuracyFigures InSampleAfter { get; init; }

    /// <summary>
    /// Whether the calibrated parameters did better than the current ones on cases they were not fitted to, by both
    /// correlation and error. Small or unusual samples sometimes do not; such parameters should not be published.
    /// </summary>
    public bool ImprovesOnCurrent =>
        HeldOutAfter.Pearson > Before.Pearson && HeldOutAfter.MeanAbsoluteError < Before.MeanAbsoluteError;
}
