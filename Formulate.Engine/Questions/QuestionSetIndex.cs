using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Formulate.Engine.Caching;
using Formulate.Engine.Questions.Conditions;
using Formulate.Engine.Tracing;

namespace Formulate.Engine.Questions;

/// <summary>
/// What the engine looks up in one question set, built in full the first time the set is used: each question's position
/// by id, its answer codes and trace records, its visibility condition compiled to positions, and the unpaid-support
/// questions. It lives beside the set rather than in it, so that the record's equality and hash code cover its data
/// alone, and a copy made with <c>with</c> starts with an index of its own.
/// </summary>
internal sealed class QuestionSetIndex
{
    // Keyed by the instance: a record's equal twin, or a copy made with `with`, gets its own index.
    private static readonly ConditionalWeakTable<QuestionSet, QuestionSetIndex> Indexes = new();

    private readonly FrozenDictionary<string, int> _positionById;
    private readonly IdentityCache<int> _positionByInstance = new();
    private readonly string[][] _answerCodes;

    // Per question: the record for no answer, then one per answer offered, in order.
    private readonly AnswerRead[][] _answerReads;

    private QuestionSetIndex(QuestionSet set)
    {
        Questions = set.Questions;
        _positionById = Questions
            .Select((question, position) => (question.Id, position))
            .DistinctBy(entry => entry.Id)
            .ToFrozenDictionary(entry => entry.Id, entry => entry.position);
        _answerCodes = [.. Questions.Select(question => question.Answers.Select(answer => answer.Code).ToArray())];
        _answerReads = [.. Questions.Select(DescribeAnswers)];
        UnpaidSupportQuestions = [.. Questions.Where(question => question.Tags.Contains(QuestionTags.UnpaidSupport) || question.Tags.Contains(QuestionTags.UnpaidCarer))];
        UnpaidSupportPositions = [.. UnpaidSupportQuestions.Select(question => (PositionOf(question.Id), question.Tags.Contains(QuestionTags.UnpaidCarer)))];
        Visibility = [.. Questions.Select(question => question.Visibility is null ? null : CompiledCondition.Compile(question.Visibility, this))];
    }

    public IReadOnlyList<Question> Questions { get; }

    public int Count => Questions.Count;

    /// <summary>Whether every question has its own id, so that a position can stand for an id.</summary>
    public bool HasDistinctIds => _positionById.Count == Count;

    /// <summary>Questions about unpaid support and unpaid carers, which the contingency what-if sets to none.</summary>
    public IReadOnlyList<Question> UnpaidSupportQuestions { get; }

    /// <summary>Where <see cref="UnpaidSupportQuestions"/> are, and whether each is about an unpaid carer rather than their support.</summary>
    public (int Position, bool AboutCarer)[] UnpaidSupportPositions { get; }

    /// <summary>Each question's visibility condition compiled to positions, by position; null where a question is always asked.</summary>
    public CompiledCondition?[] Visibility { get; }

    /// <summary>The index of <paramref name="set"/>, built on first use and kept for as long as the set is.</summary>
    public static QuestionSetIndex Of(QuestionSet set) => Indexes.GetValue(set, static key => new QuestionSetIndex(key));

    public int PositionOf(string questionId) => _positionById.TryGetValue(questionId, out var position) ? position : -1;

    public Question? Find(string questionId) => PositionOf(questionId) is var position and >= 0 ? Questions[position] : null;

    /// <summary>
    /// <see cref="PositionOf"/> for the engine's own reads, whose question ids are the same string instances every time
    /// and so are recognised by reference rather than hashed.
    /// </summary>
    public int PositionOfId(string questionId)
    {
        if (!_positionByInstance.TryGet(questionId, null, 0, out var position))
        {
            position = PositionOf(questionId);
            _positionByInstance.Add(questionId, null, 0, position);
        }

        return position;
    }

    /// <summary>How a trace records reading a question's answer, with the answer's label; the records are shared, being immutable.</summary>
    public AnswerRead DescribeAnswer(string questionId, string? code)
    {
        var position = PositionOfId(questionId);
        if (position < 0)
        {
            return new AnswerRead(questionId, code, null);
        }

        var reads = _answerReads[position];
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
    public int IndexOfAnswer(int position, string code)
    {
        var codes = _answerCodes[position];
        for (var i = 0; i < codes.Length; i++)
        {
            if (codes[i] == code)
            {
                return i;
            }
        }

        return -1;
    }

    private static AnswerRead[] DescribeAnswers(Question question) =>
        [new AnswerRead(question.Id, null, null), .. question.Answers.Select(answer => new AnswerRead(question.Id, answer.Code, answer.Label))];
}
