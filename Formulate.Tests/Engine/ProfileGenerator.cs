using Formulate.Engine.Profiles;
using Formulate.Engine.Questions;

namespace Formulate.Tests.Engine;

/// <summary>Random but reproducible complete profiles: each visible question gets a random offered answer, in order.</summary>
public static class ProfileGenerator
{
    public static NeedsProfile Generate(QuestionSet questions, int seed, DateOnly? date = null)
    {
        var random = new Random(seed);
        var answers = new Dictionary<string, string>();
        foreach (var question in questions.Questions)
        {
            if (question.Visibility is null || question.Visibility.Holds(new VisibleAnswers(questions, answers)))
            {
                answers[question.Id] = question.Answers[random.Next(question.Answers.Count)].Code;
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
