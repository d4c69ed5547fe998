using Formulate.Engine.Questions;
using Formulate.Engine.Questions.Conditions;

namespace Formulate.Engine.Profiles;

/// <summary>
/// The answers to the questions that are actually asked, given the answers so far. Conditions only read
/// earlier questions, so one pass in question order settles what is visible.
/// </summary>
public sealed class VisibleAnswers : IAnswerSource
{
    private readonly QuestionSetIndex _questions;
    private readonly IReadOnlyDictionary<string, string> _answers;
    private readonly string?[] _codes;
    private readonly int[] _options;
    private readonly bool[] _visible;

    public VisibleAnswers(QuestionSet questions, IReadOnlyDictionary<string, string> answers)
    {
        _questions = questions.Index;
        _answers = answers;
        _codes = new string?[questions.Count];
        _options = new int[questions.Count];
        _visible = new bool[questions.Count];
        Array.Fill(_options, -1);
        ReadAnswers();
        var visibility = _questions.Visibility;
        for (var i = 0; i < questions.Count; i++)
        {
            // Conditions read only earlier questions, whose visibility is already settled; later ones still read as hidden.
            _visible[i] = visibility[i] is not { } condition || condition.Holds(this);
        }
    }

    /// <summary>How many of the answers given are to questions in the set.</summary>
    internal int AnsweredCount { get; private set; }

    /// <summary>Every answer given, by question position; null where a question has no answer.</summary>
    internal IReadOnlyList<string?> Codes => _codes;

    /// <summary><see cref="Codes"/> as the array itself, for readers that promise not to change it.</summary>
    internal string?[] CodeArray => _codes;

    public bool IsVisible(string questionId)
    {
        var position = _questions.PositionOf(questionId);
        return position >= 0 && _visible[position];
    }

    public bool IsVisibleAt(int position) => _visible[position];

    /// <summary>Whether the answer at <paramref name="position"/> is one the question offers.</summary>
    internal bool IsOfferedAt(int position) => _options[position] >= 0;

    /// <summary>The position among its question's answers of the answer a condition may use, or -1 when there is none.</summary>
    internal int UsableOptionAt(int position) => _visible[position] ? _options[position] : -1;

    public IEnumerable<Question> VisibleQuestions() => _questions.Questions.Where((_, i) => _visible[i]);

    public string? AnswerTo(string questionId)
    {
        var position = _questions.PositionOf(questionId);

        // An answer the question does not offer is reported by validation; it must not open up other questions.
        return position >= 0 && _visible[position] && _options[position] >= 0 ? _codes[position] : null;
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

    private void ReadAnswers()
    {
        if (_questions.HasDistinctIds && _answers.Count < _questions.Count && _answers is Dictionary<string, string> { Comparer: var comparer } dictionary &&
            comparer == EqualityComparer<string>.Default)
        {
            // Fewer lookups: each answer's question, rather than each question's answer.
            foreach (var (questionId, code) in dictionary)
            {
                var position = _questions.PositionOf(questionId);
                if (position >= 0)
                {
                    Read(position, code);
                }
            }

            return;
        }

        for (var i = 0; i < _questions.Count; i++)
        {
            if (_answers.TryGetValue(_questions.Questions[i].Id, out var code))
            {
                Read(i, code);
            }
        }
    }

    private void Read(int position, string code)
    {
        var option = _questions.IndexOfAnswer(position, code);
        _options[position] = option;
        // The question's own instance of the code, so that the engine's caches recognise it by reference.
        _codes[position] = option >= 0 ? _questions.Questions[position].Answers[option].Code : code;
        AnsweredCount++;
    }
}
