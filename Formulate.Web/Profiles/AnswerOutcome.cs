namespace Formulate.Web.Profiles;

/// <summary>What happened when an answer was given, for the screen to tell the practitioner.</summary>
public sealed record AnswerOutcome
{
    public required bool Saved { get; init; }

    /// <summary>Answers removed, and saved as removed, because their questions are no longer asked.</summary>
    public IReadOnlyList<string> Discarded { get; init; } = [];

    /// <summary>Someone else saved the profile meanwhile; says what was done about it.</summary>
    public string? ConflictNotice { get; init; }

    /// <summary>Why nothing was saved, when the answer could not be kept.</summary>
    public string? Error { get; init; }
}
