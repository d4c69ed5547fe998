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

    private ScenarioAnswers(QuestionSetIndex questions, string?[] codes)
    {
        _questions = questions;
        _codes = codes;
    }

    /// <summary>The profile's visible answers as they are; they never change, so they are shared rather than copied.</summary>
    public static ScenarioAnswers Of(QuestionSet questions, VisibleAnswers visible) => new(questions.Index, visible.CodeArray);

    public string? this[string questionId] => _questions.PositionOfId(questionId) is var position and >= 0 ? _codes[position] : null;

    public bool Has(string questionId) => this[questionId] is not null;

    public bool HasAt(int position) => _codes[position] is not null;

    /// <summary>A copy with the given answers replaced, by question position.</summary>
    public ScenarioAnswers With(IReadOnlyList<(int Position, string Code)> replacements)
    {
        var copy = new ScenarioAnswers(_questions, [.. _codes]);
        foreach (var (position, code) in replacements)
        {
            copy._codes[position] = code;
        }

        return copy;
    }
}
