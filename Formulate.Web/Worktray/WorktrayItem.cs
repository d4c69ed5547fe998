namespace Formulate.Web.Worktray;

/// <summary>One piece of a practitioner's work: a returned submission, a profile in progress or a submission awaiting sign-off.</summary>
public sealed record WorktrayItem
{
    public required Guid PersonId { get; init; }

    public required string PersonName { get; init; }

    public required string CaseReference { get; init; }

    public required Guid ProfileId { get; init; }

    /// <summary>When it was returned, last changed or submitted.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>A return's comments, with who wrote them; null for anything else.</summary>
    public string? Comments { get; init; }

    public string? DecidedBy { get; init; }

    /// <summary>Whether the practitioner has replied to a return's comments.</summary>
    public bool Replied { get; init; }

    /// <summary>A draft's answers still carried forward from the last agreed profile, to confirm or change.</summary>
    public int CarriedForward { get; init; }

    public string Href => $"/profiles/{ProfileId}";
}
