namespace Formulate.Web.Worktray;

/// <summary>One page of a worktray list, and how many items the list holds.</summary>
public sealed record WorktrayPage
{
    public required IReadOnlyList<WorktrayItem> Items { get; init; }

    public required int Total { get; init; }
}
