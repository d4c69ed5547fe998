using Formulate.Engine.Profiles;
using Formulate.Engine.Questions;
using Formulate.Engine.Tracing;

namespace Formulate.Engine.Chc;

/// <summary>Reads answers for one domain's prediction and remembers which it read, each once, in the order first read.</summary>
internal sealed class DomainAnswers(QuestionSet questions, VisibleAnswers visible, IReadOnlyDictionary<string, string> answers)
{
    private readonly List<AnswerRead> _read = [];

    public IReadOnlyList<AnswerRead> Read => _read;

    public string? this[string questionId]
    {
        get
        {
            var code = answers.TryGetValue(questionId, out var answer) ? answer : null;
            if (!HasRead(questionId))
            {
                _read.Add(questions.Index.DescribeAnswer(questionId, code));
            }

            return code;
        }
    }

    public bool Is(string questionId, params ReadOnlySpan<string> codes) => this[questionId] is { } code && codes.Contains(code);

    public bool IsUnanswered(string questionId) => this[questionId] is null;

    /// <summary>Whether the question is asked given the other answers but has no answer.</summary>
    public bool IsAskedButUnanswered(string questionId) => visible.IsVisible(questionId) && !answers.ContainsKey(questionId);

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
