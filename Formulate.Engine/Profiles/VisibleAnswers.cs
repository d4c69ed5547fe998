using Formulate.Engine.Questions;
using Formulate.Engine.Questions.Conditions;

namespace Formulate.Engine.Profiles;

/// <summary>
/// The answers to the questions that are actually asked, given the answers so far. Conditions only read
/// earlier questions, so one pass in question order settles what is visible.
/// </summary>
public sealed class VisibleAnswers : IAnswerSource
{
    private readonly QuestionSet _questions;
    private readonly IReadOnlyDictionary<string, string> _answers;
    private readonly bool[] _visible;

    public VisibleAnswers(QuestionSet questions, IReadOnlyDictionary<string, string> answers)
    {
        _questions = questions;
        _answers = answers;
        _visible = new bool[questions.Count];
        for (var i = 0; i < questions.Count; i++)
        {
            var condition = questions.Questions[i].Visibility;
            _visible[i] = condition is null || condition.Holds(this);
        }
    }

    public bool IsVisible(string questionId)
    {
        var position = _questions.PositionOf(questionId);
        return position >= 0 && _visible[position];
    }

    public IEnumerable<Question> VisibleQuestions() => _questions.Questions.Where((_, i) => _visible[i]);

    public string? AnswerTo(string questionId)
    {
        var position = _questions.PositionOf(questionId);
        if (position < 0 || !_visible[position])
        {
            return null;
        }

        // An answer the question does not offer is reported by validation; it must not open up other questions.
        return _answers.TryGetValue(questionId, out var code) && _questions.Questions[position].Offers(code) ? code : null;
    }

    /// <summary>The answers to visible questions only, and the ids of answers dropped because their question is now hidden.</summary>
    public (IReadOnlyDictionary<string, string> Kept, IReadOnlyList<string> Discarded) WithoutHidden()
    {
        var kept = new Dictionary<string, string>();
        var discarded = new List<string>();
        foreach (var (questionId, code) in _answers)
        {
            if (IsVisible(questionId))
            {
                kept[questionId] = code;
            }
            else
            {
                discarded.Add(questionId);
            }
        }

        return (kept, discarded);
    }
}
