using System.Collections.Frozen;
using System.Text.Json.Serialization;
using Formulate.Engine.Caching;
using Formulate.Engine.Questions.Conditions;
using Formulate.Engine.Tracing;

namespace Formulate.Engine.Questions;

/// <summary>A versioned Needs Profile: sections and questions in the order they are asked.</summary>
/// <remarks>Build one with <see cref="QuestionSetLoader"/>, which validates it and parses its conditions.</remarks>
public sealed record QuestionSet
{
    private FrozenDictionary<string, int>? _indexById;
    private readonly IReadOnlyList<Question> _questions = [];
    private IReadOnlyList<Question>? _unpaid;
    private (int Position, bool AboutCarer)[]? _unpaidPositions;
    private IdentityCache<int>? _positions;
    private AnswerRead[][]? _answerReads;
    private CompiledCondition?[]? _visibility;
    private string[][]? _answerCodes;

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
            _unpaidPositions = null;
            _positions = null;
            _answerReads = null;
            _visibility = null;
            _answerCodes = null;
        }
    }

    [JsonIgnore]
    public int Count => Questions.Count;

    public Question? Find(string questionId) =>
        Index.TryGetValue(questionId, out var position) ? Questions[position] : null;

    public int PositionOf(string questionId) => Index.TryGetValue(questionId, out var position) ? position : -1;

    /// <summary>Questions about unpaid support and unpaid carers, which the contingency what-if sets to none.</summary>
    [JsonIgnore]
    public IReadOnlyList<Question> UnpaidSupportQuestions =>
        _unpaid ??= [.. Questions.Where(question => question.Tags.Contains(QuestionTags.UnpaidSupport) || question.Tags.Contains(QuestionTags.UnpaidCarer))];

    /// <summary>Each question's visibility condition compiled to positions, by position; null where a question is always asked.</summary>
    internal CompiledCondition?[] Visibility =>
        _visibility ??= [.. Questions.Select(question => question.Visibility is null ? null : CompiledCondition.Compile(question.Visibility, this))];

    /// <summary>Whether every question has its own id, so that a position can stand for an id.</summary>
    internal bool HasDistinctIds => Index.Count == Count;

    /// <summary>
    /// <see cref="PositionOf"/> for the engine's own reads, whose question ids are the same string instances every time
    /// and so are recognised by reference rather than hashed.
    /// </summary>
    internal int PositionOfId(string questionId)
    {
        var positions = _positions ??= new IdentityCache<int>();
        if (!positions.TryGet(questionId, null, 0, out var position))
        {
            position = PositionOf(questionId);
            positions.Add(questionId, null, 0, position);
        }

        return position;
    }

    /// <summary>How a trace records reading a question's answer, with the answer's label; the records are shared, being immutable.</summary>
    internal AnswerRead DescribeAnswer(string questionId, string? code)
    {
        var position = PositionOfId(questionId);
        if (position < 0)
        {
            return new AnswerRead(questionId, code, null);
        }

        // Per question: the record for no answer, then one per answer offered, in order.
        var reads = (_answerReads ??= new AnswerRead[Count][])[position] ??= DescribeAnswers(Questions[position]);
        if (code is null)
        {
            return reads[0];
        }

        var option = IndexOfAnswer(position, code);
        return option >= 0 ? reads[option + 1] : new AnswerRead(questionId, code, null);
    }

    /// <summary>
    /// <see cref="Question.IndexOf"/> for the question at <paramref name="position"/>, over a plain array of its codes:
    /// it runs for every answer given and every answer the engine reads.
    /// </summary>
    internal int IndexOfAnswer(int position, string code)
    {
        var codes = (_answerCodes ??= new string[Count][])[position] ??= [.. Questions[position].Answers.Select(answer => answer.Code)];
        for (var i = 0; i < codes.Length; i++)
        {
            if (codes[i] == code)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Where <see cref="UnpaidSupportQuestions"/> are, and whether each is about an unpaid carer rather than their support.</summary>
    internal (int Position, bool AboutCarer)[] UnpaidSupportPositions =>
        _unpaidPositions ??= [.. UnpaidSupportQuestions.Select(question => (PositionOf(question.Id), question.Tags.Contains(QuestionTags.UnpaidCarer)))];

    private static AnswerRead[] DescribeAnswers(Question question) =>
        [new AnswerRead(question.Id, null, null), .. question.Answers.Select(answer => new AnswerRead(question.Id, answer.Code, answer.Label))];

    private FrozenDictionary<string, int> Index =>
        _indexById ??= Questions
            .Select((question, position) => (question.Id, position))
            .DistinctBy(entry => entry.Id)
            .ToFrozenDictionary(entry => entry.Id, entry => entry.position);
}
