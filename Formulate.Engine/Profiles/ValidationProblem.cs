namespace Formulate.Engine.Profiles;

/// <summary>One reason no estimate can be given, with what to do about it.</summary>
public sealed record ValidationProblem
{
    public required ValidationProblemKind Kind { get; init; }

    public string? QuestionId { get; init; }

    public string? ParameterKey { get; init; }

    public required string Message { get; init; }
}
