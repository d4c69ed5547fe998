using Formulate.Engine.Questions;

namespace Formulate.Web.Profiles;

/// <summary>
/// A question on a section page and the follow-up questions revealed inside one of its answers
/// (a GOV.UK conditional reveal), by the answer's code.
/// </summary>
public sealed record QuestionGroup(Question Question, IReadOnlyDictionary<string, IReadOnlyList<Question>> FollowUps)
{
    public IReadOnlyList<Question> FollowUpsOf(string code) => FollowUps.GetValueOrDefault(code) ?? [];
}
