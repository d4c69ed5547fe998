namespace Formulate.Engine.Quality;

/// <summary>A quality-assurance statement about the answers, naming the questions to look at.</summary>
public sealed record QaStatement
{
    public required string Code { get; init; }

    public required QaSeverity Severity { get; init; }

    public required QaCategory Category { get; init; }

    public required string Message { get; init; }

    public required IReadOnlyList<string> QuestionIds { get; init; }
}
