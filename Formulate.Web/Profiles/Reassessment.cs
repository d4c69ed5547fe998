using Formulate.Engine.Profiles;
using Formulate.Engine.Questions;

namespace Formulate.Web.Profiles;

/// <summary>Carries an agreed Needs Profile's answers into a reassessment, against the question set in use today.</summary>
public static class Reassessment
{
    public static CarriedAnswers CarryForward(QuestionSet questions, IReadOnlyDictionary<string, string> agreed)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(agreed);
        var stillAsked = agreed.Where(answer => questions.Find(answer.Key)?.Offers(answer.Value) == true)
            .ToDictionary(answer => answer.Key, answer => answer.Value, StringComparer.Ordinal);
        // A changed condition may hide a question the old answers reached; its answer would be removed at the first save anyway.
        var (kept, _) = new VisibleAnswers(questions, stillAsked).WithoutHidden();
        return new CarriedAnswers(kept, [.. agreed.Keys.Where(id => !kept.ContainsKey(id)).Order(StringComparer.Ordinal)]);
    }
}
