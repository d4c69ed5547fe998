namespace Formulate.Analysis.Calibration;

/// <summary>One model parameter calibration moved, and the evidence for the move in the sample.</summary>
public sealed record CalibrationChange
{
    public required string Key { get; init; }

    public required string Label { get; init; }

    public required string Unit { get; init; }

    public required decimal Before { get; init; }

    public required decimal After { get; init; }

    /// <summary>How many of the fitted cases' estimates read this parameter.</summary>
    public required int CasesReading { get; init; }

    /// <summary>
    /// The median of package − estimate (£ a week, before the council's cap and minimum) over the cases that read it,
    /// with the current values: positive where those estimates fall short of the packages. Zero when no case reads it.
    /// </summary>
    public required decimal MedianShortfallBefore { get; init; }

    /// <summary>The same median with the calibrated values.</summary>
    public required decimal MedianShortfallAfter { get; init; }

    /// <summary>Why it moved, in a sentence, from the figures above.</summary>
    public required string Reason { get; init; }
}
