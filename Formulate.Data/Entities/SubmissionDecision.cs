namespace Formulate.Data.Entities;

/// <summary>
/// A manager's approval or return of a submission; decisions are added, never changed, except that the practitioner's one
/// reply to a return is kept beside it.
/// </summary>
public sealed class SubmissionDecision
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid SubmissionId { get; init; }

    public DecisionOutcome Outcome { get; init; }

    /// <summary>1 for the first approval or a return, 2 for a second approval above the limit.</summary>
    public int Stage { get; init; }

    public required string DecidedBy { get; init; }

    public DateTimeOffset DecidedAt { get; init; }

    public string? Comments { get; init; }

    /// <summary>The practitioner's reply to a return's comments; stored protected, like the comments.</summary>
    public string? Reply { get; set; }

    public string? RepliedBy { get; set; }

    public DateTimeOffset? RepliedAt { get; set; }
}
