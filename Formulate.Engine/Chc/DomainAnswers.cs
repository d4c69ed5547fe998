using Formulate.Engine.Profiles;
using Formulate.Engine.Questions;
using Formulate.Engine.Tracing;

namespace Formulate.Engine.Chc;

/// <summary>Reads answers for one domain's prediction and remembers which it read, each once, in the order first read.</summary>
internal sealed class DomainAnswers(QuestionSet questions, VisibleAnswers visible, IReadOnlyDictionary<string, string> answers)
{
    private readonly QuestionSetIndex _index = questions.Index;
    private readonly List<AnswerRead> _read = [];

    public IReadOnlyList<AnswerRead> Read => _read;

    public string? this[string questionId]
    {
        get
        {
            var code = Code(questionId);
            if (!HasRead(questionId))
            {
                _read.Add(_index.DescribeAnswer(questionId, code));
            }

            return code;
        }
    }

    public bool Is(string questionId, params ReadOnlySpan<string> codes) => this[questionId] is { } code && codes.Contains(code);

    public bool IsUnanswered(string questionId) => this[questionId] is null;

    /// <summary>Whether the question is asked given the other answers but has no answer.</summary>
    public bool IsAskedButUnanswered(string questionId) =>
        _index.PositionOfId(questionId) is var position and >= 0 && visible.IsVisibleAt(position) && visible.CodeArray[position] is null
        && !answers.ContainsKey(questionId);

    /// <summary>The questions of <paramref name="questionIds"/> that are asked but have no answer, in their order.</summary>
    public List<string> AskedButUnanswered(IReadOnlyList<string> questionIds)
    {
        var unanswered = new List<string>();
        foreach (var questionId in questionIds)
        {
            if (IsAskedButUnanswered(questionId))
            {
                unanswered.Add(questionId);
            }
        }

        return unanswered;
    }

    // Every answer given to a question of the set is in the visible answers, by position, whether or not it is asked; the
    // rule tables name their questions with literals, which the index recognises by reference instead of hashing them.
    private string? Code(string questionId)
    {
        var position = _index.PositionOfId(questionId);
        return position >= 0 ? visible.CodeArray[position] : answers.GetValueOrDefault(questionId);
    }

    // A loop, not List.Exists with a lambda: this runs for every answer every domain reads, in every estimate.
    private bool HasRead(string questionId)
    {
        foreach (var read in _read)
        {
            if (read.QuestionId == questionId)
            {
                return true;
            }
        }

        return false;
    }
}
