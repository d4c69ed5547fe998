using Formulate.Data.Entities;

namespace Formulate.Web.People;

/// <summary>One row of the caseload: a person, their latest Needs Profile's status and their latest estimate.</summary>
public sealed record CaseloadEntry
{
    public required Guid PersonId { get; init; }

    public required string CaseReference { get; init; }

    public required string Name { get; init; }

    public required string Team { get; init; }

    public NeedsProfileStatus? LatestProfileStatus { get; init; }

    /// <summary>£ a week.</summary>
    public decimal? LatestEstimate { get; init; }
}
