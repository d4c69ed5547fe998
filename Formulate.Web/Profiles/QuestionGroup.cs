using Formulate.Engine.Questions;

namespace Formulate.Web.Profiles;

/// <summary>
/// A question on a section page and the follow-up questions revealed inside one of its answers
/// (a conditional reveal), by the answer's code; or, with <see cref="Times"/>, a run of time-of-day
/// questions shown as one question with a box for each time.
/// </summary>
public sealed record QuestionGroup(Question Question, IReadOnlyDictionary<string, IReadOnlyList<Question>> FollowUps)
{
    /// <summary>The time-of-day questions shown together as boxes (see <see cref="TimesOfDay"/>); empty for any other group.</summary>
    public IReadOnlyList<Question> Times { get; init; } = [];

    public bool IsTimesOfDay => Times.Count > 0;

    public IReadOnlyList<Question> FollowUpsOf(string code) => FollowUps.GetValueOrDefault(code) ?? [];

    /// <summary>Every question the group shows: the question, its follow-ups and its times of day.</summary>
    public IEnumerable<Question> AllQuestions => FollowUps.Values.SelectMany(questions => questions).Prepend(Question).Concat(Times.Skip(1));

    /// <summary>
    /// Everything the group shows that answers elsewhere can change: the answer, whether it is
    /// asked and any error message, for the question and each follow-up. Equal when nothing shown differs.
    /// </summary>
    public string Shown(IReadOnlyDictionary<string, string> answers, ProfileProgress progress, IReadOnlyDictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(errors);
        return string.Join('\n', AllQuestions.Select(question =>
            $"{question.Id}={answers.GetValueOrDefault(question.Id)}|{progress.IsVisible(question.Id)}|{errors.GetValueOrDefault(question.Id)}"));
    }
}
