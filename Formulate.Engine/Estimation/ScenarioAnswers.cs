using Formulate.Engine.Profiles;
using Formulate.Engine.Questions;

namespace Formulate.Engine.Estimation;

/// <summary>
/// A scenario's answers by question position: the profile's own, or a copy with a few replaced for a what-if.
/// Lookups go through the question set's index rather than hashing the profile's dictionary on every read.
/// </summary>
internal sealed class ScenarioAnswers
{
    private readonly QuestionSetIndex _questions;
    private readonly string?[] _codes;

    // A what-if that changes one answer (each living situation) shares the answers it was made from, with that one laid over
    // them, rather than copying them all.
    private readonly int _replacedPosition = -1;
    private readonly string? _replacedCode;

    private ScenarioAnswers(QuestionSetIndex questions, string?[] codes)
    {
        _questions = questions;
        _codes = codes;
    }

    private ScenarioAnswers(QuestionSetIndex questions, string?[] codes, int replacedPosition, string replacedCode)
        : this(questions, codes)
    {
        _replacedPosition = replacedPosition;
        _replacedCode = replacedCode;
    }

    /// <summary>The profile's visible answers as they are; they never change, so they are shared rather than copied.</summary>
    public static ScenarioAnswers Of(QuestionSet questions, VisibleAnswers visible) => new(questions.Index, visible.CodeArray);

    public string? this[string questionId] => _questions.PositionOfId(questionId) is var position and >= 0 ? At(position) : null;

    public bool Has(string questionId) => this[questionId] is not null;

    public bool HasAt(int position) => At(position) is not null;

    /// <summary>A copy with the given answers replaced, by question position.</summary>
    public ScenarioAnswers With(IReadOnlyList<(int Position, string Code)> replacements)
    {
        if (replacements.Count == 1 && _replacedPosition < 0)
        {
            return new ScenarioAnswers(_questions, _codes, replacements[0].Position, replacements[0].Code);
        }

        var copy = new ScenarioAnswers(_questions, [.. _codes]);
        if (_replacedPosition >= 0)
        {
            copy._codes[_replacedPosition] = _replacedCode;
        }

        foreach (var (position, code) in replacements)
        {
            copy._codes[position] = code;
        }

        return copy;
    }

    private string? At(int position) => position == _replacedPosition ? _replacedCode : _codes[position];
}
