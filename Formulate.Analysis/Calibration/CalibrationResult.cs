using Formulate.Engine.Parameters;

namespace Formulate.Analysis.Calibration;

/// <summary>Either a calibrated draft of the model parameters with its figures, or why none could be made.</summary>
public sealed record CalibrationResult
{
    /// <summary>The calibrated model parameters: a new version with new dated values; nothing earlier is changed.</summary>
    public ParameterSet? Model { get; init; }

    public CalibrationFigures? Figures { get; init; }

    public IReadOnlyList<CalibrationChange> Changes { get; init; } = [];

    /// <summary>Cases left out: those the sample file excludes and those the engine could not estimate.</summary>
    public int CasesLeftOut { get; init; }

    /// <summary>
    /// Cases whose package is far enough from its calibrated estimate to count for less in the fit (Huber weights), out
    /// of the cases fitted; with ordinary differences about one in six, more when the sample has packages the profiles
    /// cannot explain.
    /// </summary>
    public int CasesCountingLess { get; init; }

    /// <summary>Cases the fit used: those in the sample less those left out.</summary>
    public int CasesFitted { get; init; }

    public IReadOnlyList<string> Problems { get; init; } = [];

    public bool IsValid => Model is not null;

    public static CalibrationResult Failed(params string[] problems) => new() { Problems = problems };
}
