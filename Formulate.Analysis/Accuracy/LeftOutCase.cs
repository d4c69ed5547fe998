namespace Formulate.Analysis.Accuracy;

/// <summary>
/// A case left out of the figures, and why: one the engine could not estimate (for example a setting the council does
/// not estimate), or one the council excluded in its file (for example joint funding with the NHS).
/// </summary>
public sealed record LeftOutCase
{
    public required string CaseId { get; init; }

    public required string Reason { get; init; }
}
