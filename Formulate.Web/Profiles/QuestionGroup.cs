using Formulate.Engine.Questions;

namespace Formulate.Web.Profiles;

/// <summary>
/// A question on a section page and the follow-up questions revealed inside one of its answers
/// (a GOV.UK conditional reveal), by the answer's code.
/// </summary>
public sealed record QuestionGroup(Question Question, IReadOnlyDictionary<string, IReadOnlyList<Question>> FollowUps)
{
    public IReadOnlyList<Question> FollowUpsOf(string code) => FollowUps.GetValueOrDefault(code) ?? [];

    /// <summary>
    /// Everything the group's radios show that answers elsewhere can change: the answer, whether it is
    /// asked and any error message, for the question and each follow-up. Equal when nothing shown differs.
    /// </summary>
    public string Shown(IReadOnlyDictionary<string, string> answers, ProfileProgress progress, IReadOnlyDictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(errors);
        return string.Join('\n', FollowUps.Values.SelectMany(questions => questions).Prepend(Question).Select(question =>
            $"{question.Id}={answers.GetValueOrDefault(question.Id)}|{progress.IsVisible(question.Id)}|{errors.GetValueOrDefault(question.Id)}"));
    }
}
