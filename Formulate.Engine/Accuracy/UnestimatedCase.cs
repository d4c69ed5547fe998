namespace Formulate.Engine.Accuracy;

/// <summary>A case the engine could not estimate (for example a setting the council does not estimate), left out of the figures.</summary>
public sealed record UnestimatedCase
{
    public required string CaseId { get; init; }

    public required string Reason { get; init; }
}
