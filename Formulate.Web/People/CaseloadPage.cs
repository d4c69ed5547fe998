namespace Formulate.Web.People;

/// <summary>One page of the caseload, how many people match, and how many the user's teams have in all.</summary>
public sealed record CaseloadPage
{
    public required IReadOnlyList<CaseloadEntry> Entries { get; init; }

    public required int Matching { get; init; }

    public required int InTeams { get; init; }
}
