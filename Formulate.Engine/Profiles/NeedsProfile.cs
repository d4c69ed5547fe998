namespace Formulate.Engine.Profiles;

/// <summary>A completed Needs Profile: the answers given, by question id, and the date of the assessment.</summary>
public sealed record NeedsProfile
{
    /// <summary>The date whose rates and parameters apply.</summary>
    public required DateOnly AssessmentDate { get; init; }

    /// <summary>The question set version the answers were given against; null means the current one.</summary>
    public string? QuestionSetVersion { get; init; }

    /// <summary>Answer codes by question id.</summary>
    public required IReadOnlyDictionary<string, string> Answers { get; init; }
}
