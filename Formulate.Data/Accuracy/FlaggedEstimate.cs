namespace Formulate.Data.Accuracy;

/// <summary>A flagged estimate as the performance review lists it, beside the budget that was agreed.</summary>
public sealed record FlaggedEstimate
{
    public required Guid FlagId { get; init; }

    public required Guid PersonId { get; init; }

    public required string CaseReference { get; init; }

    public required decimal Estimate { get; init; }

    public required string ModelVersion { get; init; }

    /// <summary>The latest budget agreed on the flagged estimate; null while none is agreed.</summary>
    public decimal? AgreedWeekly { get; init; }

    /// <summary>The reason given when the agreed budget differs from the estimate.</summary>
    public string? DifferenceReason { get; init; }

    public decimal? Difference => AgreedWeekly - Estimate;

    public required string Reason { get; init; }

    public required DateTimeOffset FlaggedAt { get; init; }

    public required string FlaggedBy { get; init; }
}
