namespace Formulate.Data.SignOff;

/// <summary>What a practitioner submits: the estimate it rests on and the budget they propose.</summary>
public sealed record NewSubmission
{
    public required Guid NeedsProfileId { get; init; }

    public required Guid EstimateSnapshotId { get; init; }

    /// <summary>
    /// The profile's version when the estimate was checked against its answers; a profile saved since is refused,
    /// since the estimate may no longer match them. Null skips the check.
    /// </summary>
    public int? ProfileVersion { get; init; }

    public required decimal? ProposedWeekly { get; init; }

    public string? DifferenceReason { get; init; }

    public string? DifferenceNote { get; init; }

    /// <summary>Optional: why the budget differs, in words for the person's letter.</summary>
    public string? LetterReason { get; init; }

    /// <summary>
    /// The practitioner's reason for going ahead despite each of the estimate's quality-assurance warnings, by the
    /// warning's position among them (from 0). Every Important warning needs one; the others may have one.
    /// </summary>
    public IReadOnlyDictionary<int, string> WarningReasons { get; init; } = new Dictionary<int, string>();
}
