using Formulate.Data.SelfAssessments;
using Formulate.Engine.Questions;

namespace Formulate.Web.Letters;

/// <summary>
/// Which of the answers behind an approved budget came from a self-assessment, and which the practitioner changed,
/// in the words the person saw online. A helper is named by how they know the person, never by name.
/// </summary>
public static class SelfAssessmentLetterWording
{
    private static readonly Dictionary<string, string> Helpers = new(StringComparer.Ordinal)
    {
        ["partner"] = "your husband, wife or partner",
        ["parent"] = "your parent",
        ["child"] = "your son or daughter",
        ["relative"] = "a relative of yours",
        ["friend"] = "a friend or neighbour",
        ["advocate"] = "your advocate",
    };

    /// <summary>
    /// Null when no self-assessment gave the profile answers, or none of them is among <paramref name="usedAnswers"/>
    /// (the answers of the estimate the budget was agreed from, which are what the budget used).
    /// </summary>
    public static LetterSelfAssessment? For(
        IReadOnlyList<SelfAssessmentAnswersUsed> selfAssessments, IReadOnlyDictionary<string, string> usedAnswers, QuestionSet questions)
    {
        ArgumentNullException.ThrowIfNull(selfAssessments);
        ArgumentNullException.ThrowIfNull(usedAnswers);
        ArgumentNullException.ThrowIfNull(questions);
        if (selfAssessments.Count == 0)
        {
            return null;
        }

        // A question checked from two self-assessments: the later check is the one the profile kept.
        var latest = selfAssessments.SelectMany(s => s.Reviews).GroupBy(r => r.QuestionId).Select(g => g.MaxBy(r => r.ReviewedAt)!);
        var answers = latest
            .Where(review => usedAnswers.ContainsKey(review.QuestionId) && questions.Find(review.QuestionId) is not null)
            .OrderBy(review => questions.PositionOf(review.QuestionId))
            .Select(review => Answer(questions.Find(review.QuestionId)!, review.PersonAnswer, usedAnswers[review.QuestionId]))
            .OfType<LetterAnswer>()
            .ToList();
        if (answers.Count == 0)
        {
            return null;
        }

        var mostRecent = selfAssessments.MaxBy(s => s.Reviews.Max(r => r.ReviewedAt))!;
        return new LetterSelfAssessment
        {
            AnsweredBy = mostRecent.HelperRelationship is null ? "you" : Helpers.GetValueOrDefault(mostRecent.HelperRelationship, "someone helping you"),
            Kept = [.. answers.Where(a => !a.Changed)],
            Changed = [.. answers.Where(a => a.Changed)],
        };
    }

    private static LetterAnswer? Answer(Question question, string given, string used) =>
        CitizenWording.LabelOf(question, given, CitizenVoice.You) is { } givenLabel && CitizenWording.LabelOf(question, used, CitizenVoice.You) is { } usedLabel
            ? new LetterAnswer(CitizenWording.Text(question, CitizenVoice.You), givenLabel, usedLabel, given != used)
            : null;
}
