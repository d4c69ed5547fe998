namespace Formulate.Engine.Questions;

/// <summary>A section of the Needs Profile, shown as one task in the task list.</summary>
public sealed record QuestionSection
{
    public required string Id { get; init; }

    public required string Title { get; init; }
}
