namespace Formulate.Analysis.Calibration;

/// <summary>How to calibrate, and what to call the result.</summary>
public sealed record CalibrationOptions
{
    /// <summary>The version the calibrated model parameters get; it must differ from the current one.</summary>
    public required string NewVersion { get; init; }

    /// <summary>The date the calibrated values apply from; later than every value already in the set.</summary>
    public required DateOnly EffectiveFrom { get; init; }

    /// <summary>Recorded against each new value, e.g. "Calibrated against sample 'Annual review 2026'".</summary>
    public required string Reference { get; init; }

    /// <summary>Folds for cross-validation: each case is held out once and estimated by parameters fitted without it.</summary>
    public int Folds { get; init; } = 5;

    /// <summary>Gauss–Newton steps at most per fit.</summary>
    public int MaxIterations { get; init; } = 8;

    /// <summary>
    /// How strongly the fit is held towards the current values, relative to the sample's size and costs: small samples
    /// cannot support moving a hundred weightings freely, so each move has to earn its keep.
    /// </summary>
    public double Ridge { get; init; } = 0.005;

    /// <summary>
    /// The same for the second stage, where each value moves on its own away from where its family's multiplier put it;
    /// stronger, since a sample of 70 cannot pin down a hundred separate weightings.
    /// </summary>
    public double IndividualRidge { get; init; } = 0.5;
}
