namespace Formulate.Web.Worktray;

/// <summary>The worktray's three lists.</summary>
public enum WorktrayList
{
    /// <summary>Submissions a manager returned, newest return first.</summary>
    Returned,

    /// <summary>Needs Profiles in progress, most recently changed first.</summary>
    Drafts,

    /// <summary>Submissions waiting for sign-off, longest waiting first.</summary>
    Awaiting,
}
