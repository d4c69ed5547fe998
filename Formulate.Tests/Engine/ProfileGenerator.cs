using Formulate.Engine.Profiles;
using Formulate.Engine.Questions;

namespace Formulate.Tests.Engine;

/// <summary>Random but reproducible complete profiles: each visible question gets a random offered answer, in order.</summary>
public static class ProfileGenerator
{
    public static NeedsProfile Generate(QuestionSet questions, int seed, DateOnly? date = null) =>
        Generate(questions, new Random(seed), static (question, random) => question.Answers[random.Next(question.Answers.Count)], date);

    /// <summary>A complete profile whose answers <paramref name="choose"/> picks, e.g. favouring lower levels of need as real caseloads do.</summary>
    public static NeedsProfile Generate(QuestionSet questions, Random random, Func<Question, Random, AnswerOption> choose, DateOnly? date = null)
    {
        var answers = new Dictionary<string, string>();
        foreach (var question in questions.Questions)
        {
            // Optional questions stay unanswered, so that adding one leaves every generated profile, and the random draws, as they were.
            if (!question.Optional && (question.Visibility is null || question.Visibility.Holds(new VisibleAnswers(questions, answers))))
            {
                answers[question.Id] = choose(question, random).Code;
            }
        }

        if (random.Next(4) > 0)
        {
            answers["person.eligibility_decided"] = "yes";
        }

        return new NeedsProfile { AssessmentDate = date ?? new DateOnly(2025, 6, 1), Answers = answers };
    }

    public static IEnumerable<NeedsProfile> Many(QuestionSet questions, int count, int firstSeed = 1) =>
        Enumerable.Range(firstSeed, count).Select(seed => Generate(questions, seed));
}
