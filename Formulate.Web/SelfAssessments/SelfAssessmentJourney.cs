using Formulate.Engine;
using Formulate.Engine.Json;
using Formulate.Engine.Profiles;
using Formulate.Engine.Questions;

namespace Formulate.Web.SelfAssessments;

/// <summary>
/// Which questions a self-assessment asks, in what order, given the answers so far: the Needs Profile's own visibility
/// conditions, less the questions the person is not asked.
/// </summary>
public sealed class SelfAssessmentJourney(FormulateEngine engine)
{
    public QuestionSet Questions => engine.Definition.Questions;

    public static IReadOnlyDictionary<string, string> AnswersOf(string json) =>
        FormulateJson.Deserialize<Dictionary<string, string>>(json) ?? [];

    public IReadOnlyList<Question> Asked(IReadOnlyDictionary<string, string> answers) =>
        [.. new VisibleAnswers(Questions, answers).VisibleQuestions().Where(question => question.SelfAssessment)];

    /// <summary>The first question asked that has no answer yet, or null when every one has.</summary>
    public Question? NextUnanswered(IReadOnlyDictionary<string, string> answers) =>
        Asked(answers).FirstOrDefault(question => !answers.ContainsKey(question.Id));

    /// <summary>The question after <paramref name="questionId"/> among those asked now, answered or not.</summary>
    public Question? After(string questionId, IReadOnlyDictionary<string, string> answers)
    {
        var asked = Asked(answers);
        var position = asked.ToList().FindIndex(question => question.Id == questionId);
        return position >= 0 && position + 1 < asked.Count ? asked[position + 1] : null;
    }

    /// <summary>The question before <paramref name="questionId"/> among those asked now, for the back link.</summary>
    public Question? Before(string questionId, IReadOnlyDictionary<string, string> answers)
    {
        var asked = Asked(answers);
        var position = asked.ToList().FindIndex(question => question.Id == questionId);
        return position > 0 ? asked[position - 1] : null;
    }

    public bool IsAsked(string questionId, IReadOnlyDictionary<string, string> answers) =>
        Asked(answers).Any(question => question.Id == questionId);

    /// <summary>
    /// The change that answering <paramref name="questionId"/> with <paramref name="code"/> makes: the answer itself, and
    /// removal of the answers to questions it stops asking, so nothing is kept that the person was not asked.
    /// </summary>
    public IReadOnlyDictionary<string, string?> Answering(string questionId, string code, IReadOnlyDictionary<string, string> answers)
    {
        var after = new Dictionary<string, string>(answers) { [questionId] = code };
        var (_, discarded) = new VisibleAnswers(Questions, after).WithoutHidden();
        var changes = new Dictionary<string, string?> { [questionId] = code };
        foreach (var hidden in discarded)
        {
            changes[hidden] = null;
        }

        return changes;
    }
}
