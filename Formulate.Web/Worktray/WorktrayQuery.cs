namespace Formulate.Web.Worktray;

/// <summary>A page of one worktray list, ordered by when (<see cref="WorktrayItem.At"/>) or by the person's name.</summary>
public sealed record WorktrayQuery
{
    public required WorktrayList List { get; init; }

    /// <summary>Order by the person's name rather than by when.</summary>
    public bool ByPerson { get; init; }

    /// <summary>Null for the list's own order: newest first, except the longest waiting first for <see cref="WorktrayList.Awaiting"/>.</summary>
    public bool? Descending { get; init; }

    public int Page { get; init; }

    public int PageSize { get; init; } = 25;
}
