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
            if (!_read.Exists(read => read.QuestionId == questionId))
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
}
