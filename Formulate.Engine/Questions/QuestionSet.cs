using System.Collections.Frozen;
using System.Text.Json.Serialization;

namespace Formulate.Engine.Questions;

/// <summary>A versioned Needs Profile: sections and questions in the order they are asked.</summary>
/// <remarks>Build one with <see cref="QuestionSetLoader"/>, which validates it and parses its conditions.</remarks>
public sealed record QuestionSet
{
    private FrozenDictionary<string, int>? _indexById;
    private readonly IReadOnlyList<Question> _questions = [];
    private IReadOnlyList<Question>? _unpaid;

    public required string Id { get; init; }

    public required string Version { get; init; }

    public required string Title { get; init; }

    public required IReadOnlyList<QuestionSection> Sections { get; init; }

    /// <remarks>Setting it (also through <c>with</c>) drops the index built from the previous list.</remarks>
    public required IReadOnlyList<Question> Questions
    {
        get => _questions;
        init
        {
            _questions = value;
            _indexById = null;
            _unpaid = null;
        }
    }

    [JsonIgnore]
    public int Count => Questions.Count;

    public Question? Find(string questionId) =>
        Index.TryGetValue(questionId, out var position) ? Questions[position] : null;

    public int PositionOf(string questionId) => Index.TryGetValue(questionId, out var position) ? position : -1;

    public IEnumerable<Question> Tagged(string tag) => Questions.Where(question => question.Tags.Contains(tag));

    /// <summary>Questions about unpaid support and unpaid carers, which the contingency what-if sets to none.</summary>
    [JsonIgnore]
    public IReadOnlyList<Question> UnpaidSupportQuestions =>
        _unpaid ??= [.. Questions.Where(question => question.Tags.Contains("unpaid-support") || question.Tags.Contains("unpaid-carer"))];

    private FrozenDictionary<string, int> Index =>
        _indexById ??= Questions
            .Select((question, position) => (question.Id, position))
            .DistinctBy(entry => entry.Id)
            .ToFrozenDictionary(entry => entry.Id, entry => entry.position);
}
