namespace Formulate.Web.Method;

/// <summary>"How estimates are worked out", generated from the question set, model parameters and configuration in use.</summary>
public sealed record MethodDocument
{
    public const string Title = "How estimates are worked out";

    public required string CouncilName { get; init; }

    public required string QuestionSetTitle { get; init; }

    public required string QuestionSetStamp { get; init; }

    public required int QuestionCount { get; init; }

    public required IReadOnlyList<string> Sections { get; init; }

    public required IReadOnlyList<MethodBlock> Blocks { get; init; }

    public required MethodParameterSet Model { get; init; }

    public required MethodParameterSet Configuration { get; init; }
}
