namespace Formulate.Web.People;

/// <summary>One page of a user's caseload: the people of their teams whose name or case reference holds <see cref="Search"/>.</summary>
public sealed record CaseloadQuery
{
    public string? Search { get; init; }

    public CaseloadSort SortBy { get; init; } = CaseloadSort.Name;

    public bool Descending { get; init; }

    public int Page { get; init; }

    public int PageSize { get; init; } = 25;
}
