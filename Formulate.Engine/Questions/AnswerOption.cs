namespace Formulate.Engine.Questions;

/// <summary>One answer a question offers: a stable code stored in profiles, and the label people read.</summary>
public sealed record AnswerOption
{
    public required string Code { get; init; }

    public required string Label { get; init; }
}
