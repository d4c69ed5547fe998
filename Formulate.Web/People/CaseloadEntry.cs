using Formulate.Data.Entities;

namespace Formulate.Web.People;

/// <summary>One row of the caseload: a person, their latest Needs Profile's status, their latest estimate and their approved budget.</summary>
public sealed record CaseloadEntry
{
    public required Guid PersonId { get; init; }

    public required string CaseReference { get; init; }

    public required string Name { get; init; }

    public required string Team { get; init; }

    public NeedsProfileStatus? LatestProfileStatus { get; init; }

    /// <summary>£ a week.</summary>
    public decimal? LatestEstimate { get; init; }

    /// <summary>£ a week: the latest budget a manager finally approved, which is what a letter explains; null when none is.</summary>
    public decimal? ApprovedWeekly { get; init; }
}
