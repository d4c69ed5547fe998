namespace Formulate.Web.Worktray;

/// <summary>A practitioner's worktray: what came back first, then what is in progress, then what is waiting for a manager.</summary>
public sealed record WorktrayContents
{
    /// <summary>Newest return first.</summary>
    public required IReadOnlyList<WorktrayItem> Returned { get; init; }

    /// <summary>Most recently changed first.</summary>
    public required IReadOnlyList<WorktrayItem> Drafts { get; init; }

    /// <summary>Oldest submission first: the longest waiting.</summary>
    public required IReadOnlyList<WorktrayItem> Awaiting { get; init; }
}
