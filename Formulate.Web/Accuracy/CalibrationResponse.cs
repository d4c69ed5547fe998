using Formulate.Analysis.Calibration;
using Formulate.Engine.Parameters;

namespace Formulate.Web.Accuracy;

/// <summary>A calibrated draft of the model parameters as the API returns it: the set, its figures, and what changed.</summary>
public sealed record CalibrationResponse
{
    public required ParameterSet Model { get; init; }

    public required CalibrationFigures Figures { get; init; }

    public required IReadOnlyList<CalibrationChange> Changes { get; init; }

    public required ParameterSetDiff Diff { get; init; }

    public required int CasesLeftOut { get; init; }

    /// <summary>Of the cases fitted, those far enough from their calibrated estimate to count for less in the fit.</summary>
    public required int CasesCountingLess { get; init; }

    public required int CasesFitted { get; init; }
}
