namespace Formulate.Data.Entities;

/// <summary>
/// A practitioner's request that a manager agree a weekly budget for a completed Needs Profile,
/// made from one estimate snapshot. A returned submission stays as it was; resubmitting makes a new one.
/// </summary>
public sealed class BudgetSubmission : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid NeedsProfileId { get; init; }

    public Guid PersonId { get; init; }

    public Guid EstimateSnapshotId { get; init; }

    /// <summary>The person's team when it was submitted, for the managers' queue.</summary>
    public required string Team { get; init; }

    /// <summary>The profile's age band answer, for the managers' queue.</summary>
    public string? AgeBand { get; init; }

    /// <summary>The snapshot's weekly estimate, in pounds and pence.</summary>
    public decimal EstimatedWeekly { get; init; }

    /// <summary>The weekly budget the practitioner proposes, in pounds and pence.</summary>
    public decimal ProposedWeekly { get; init; }

    /// <summary>Why the proposal differs from the estimate; required when it does.</summary>
    public string? DifferenceReason { get; init; }

    /// <summary>The practitioner's note for managers about the difference; never printed in the person's letter.</summary>
    public string? DifferenceNote { get; init; }

    /// <summary>
    /// Why the budget differs from the estimate, written for the person's letter; null when the letter gives the council's
    /// sentence for <see cref="DifferenceReason"/>.
    /// </summary>
    public string? LetterReason { get; init; }

    /// <summary>Above the council's limit a second, different manager must approve too.</summary>
    public bool NeedsSecondApproval { get; init; }

    /// <summary>
    /// The council's limit when it was submitted, which <see cref="NeedsSecondApproval"/> was judged against; the limit
    /// may change afterwards. Null for submissions made before the limit was recorded.
    /// </summary>
    public decimal? SecondApprovalAboveWeekly { get; init; }

    /// <summary>
    /// Whether the estimate's quality-assurance warnings, and the practitioner's reasons, were recorded with it
    /// (<see cref="SubmissionWarning"/>); false for submissions made before schema version 14.
    /// </summary>
    public bool WarningsRecorded { get; init; }

    public SubmissionStatus Status { get; set; } = SubmissionStatus.AwaitingApproval;

    public DateTimeOffset SubmittedAt { get; init; }

    public required string SubmittedBy { get; init; }

    /// <summary>When the agreed budget starts; set when it is finally approved.</summary>
    public DateOnly? StartDate { get; set; }

    /// <summary>When the agreed budget is to be reviewed; set when it is finally approved.</summary>
    public DateOnly? ReviewDate { get; set; }

    public int Version { get; set; }
}
