namespace Formulate.Data.SignOff;

/// <summary>What a practitioner submits: the estimate it rests on and the budget they propose.</summary>
public sealed record NewSubmission
{
    public required Guid NeedsProfileId { get; init; }

    public required Guid EstimateSnapshotId { get; init; }

    public required decimal? ProposedWeekly { get; init; }

    public string? DifferenceReason { get; init; }

    public string? DifferenceNote { get; init; }
}
