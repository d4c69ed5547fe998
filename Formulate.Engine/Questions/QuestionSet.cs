using System.Text.Json.Serialization;

namespace Formulate.Engine.Questions;

/// <summary>A versioned Needs Profile: sections and questions in the order they are asked.</summary>
/// <remarks>
/// Build one with <see cref="QuestionSetLoader"/>, which validates it and parses its conditions. The record holds data
/// only, so two sets with the same values are equal whatever has been looked up in either; lookups are answered by a
/// <see cref="QuestionSetIndex"/> built beside each set the first time it is used.
/// </remarks>
public sealed record QuestionSet
{
    public required string Id { get; init; }

    public required string Version { get; init; }

    public required string Title { get; init; }

    public required IReadOnlyList<QuestionSection> Sections { get; init; }

    public required IReadOnlyList<Question> Questions { get; init; }

    [JsonIgnore]
    public int Count => Questions.Count;

    /// <summary>Questions about unpaid support and unpaid carers, which the contingency what-if sets to none.</summary>
    [JsonIgnore]
    public IReadOnlyList<Question> UnpaidSupportQuestions => Index.UnpaidSupportQuestions;

    internal QuestionSetIndex Index => QuestionSetIndex.Of(this);

    public Question? Find(string questionId) => Index.Find(questionId);

    public int PositionOf(string questionId) => Index.PositionOf(questionId);
}
