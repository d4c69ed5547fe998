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
    private readonly string?[] _codes;
    private readonly bool[] _offered;
    private readonly bool[] _visible;

    public VisibleAnswers(QuestionSet questions, IReadOnlyDictionary<string, string> answers)
    {
        _questions = questions;
        _answers = answers;
        _codes = new string?[questions.Count];
        _offered = new bool[questions.Count];
        _visible = new bool[questions.Count];
        for (var i = 0; i < questions.Count; i++)
        {
            var question = questions.Questions[i];
            if (answers.TryGetValue(question.Id, out var code))
            {
                var option = question.IndexOf(code);
                _offered[i] = option >= 0;
                // The question's own instance of the code, so that the engine's caches recognise it by reference.
                _codes[i] = option >= 0 ? question.Answers[option].Code : code;
            }

            _visible[i] = question.Visibility is null || question.Visibility.Holds(this);
        }
    }

    /// <summary>Every answer given, by question position; null where a question has no answer.</summary>
    internal IReadOnlyList<string?> Codes => _codes;

    public bool IsVisible(string questionId)
    {
        var position = _questions.PositionOf(questionId);
        return position >= 0 && _visible[position];
    }

    public bool IsVisibleAt(int position) => _visible[position];

    public IEnumerable<Question> VisibleQuestions() => _questions.Questions.Where((_, i) => _visible[i]);

    public string? AnswerTo(string questionId)
    {
        var position = _questions.PositionOf(questionId);

        // An answer the question does not offer is reported by validation; it must not open up other questions.
        return position >= 0 && _visible[position] && _offered[position] ? _codes[position] : null;
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
