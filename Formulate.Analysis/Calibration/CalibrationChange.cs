namespace Formulate.Analysis.Calibration;

/// <summary>One model parameter calibration moved.</summary>
public sealed record CalibrationChange
{
    public required string Key { get; init; }

    public required string Label { get; init; }

    public required string Unit { get; init; }

    public required decimal Before { get; init; }

    public required decimal After { get; init; }
}
