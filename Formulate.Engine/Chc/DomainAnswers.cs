using Formulate.Engine.Questions;
using Formulate.Engine.Tracing;

namespace Formulate.Engine.Chc;

/// <summary>Reads answers for one domain's prediction and remembers which it read.</summary>
internal sealed class DomainAnswers(QuestionSetIndex questions, IReadOnlyDictionary<string, string> answers)
{
    private readonly List<AnswerRead> _read = [];

    public IReadOnlyList<AnswerRead> Read => _read;

    public string? this[string questionId]
    {
        get
        {
            var code = answers.TryGetValue(questionId, out var answer) ? answer : null;
            _read.Add(questions.DescribeAnswer(questionId, code));
            return code;
        }
    }
}
