using Formulate.Engine.Questions;

namespace Formulate.Tests.Accuracy;

/// <summary>Picks answers the way a real caseload spreads: most needs low or moderate, few met entirely elsewhere, most people at home.</summary>
public static class CaseloadAnswers
{
    private static readonly Dictionary<string, double[]> ByQuestion = new(StringComparer.Ordinal)
    {
        ["person.living_situation"] = [30, 30, 8, 10, 5, 10, 7],
        ["night.need"] = [6, 2, 1.5, 0.5],
        ["carer.breaks_needed"] = [3, 2, 1, 0.5],
        ["home_safety.left_alone"] = [4, 3, 2, 1],
        ["behaviour.present"] = [1, 3],
        ["health.tasks"] = [1, 3],
        ["child_care.has_children"] = [1, 8],
    };

    private static readonly double[] NeedLevels = [3, 2, 3, 2, 1];
    private static readonly double[] MetElsewhere = [6, 2, 1, 0.3];
    private static readonly double[] Unpaid = [3, 2, 2, 1];

    public static AnswerOption Choose(Question question, Random random)
    {
        var weights = ByQuestion.GetValueOrDefault(question.Id) ?? Default(question);
        if (weights.Length != question.Answers.Count)
        {
            return question.Answers[random.Next(question.Answers.Count)];
        }

        var pick = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            pick -= weights[i];
            if (pick < 0)
            {
                return question.Answers[i];
            }
        }

        return question.Answers[^1];
    }

    private static double[] Default(Question question) => question.Id switch
    {
        _ when question.Id.EndsWith(".need", StringComparison.Ordinal) => NeedLevels,
        _ when question.Id.EndsWith(".met_by_strengths", StringComparison.Ordinal) || question.Id.EndsWith(".met_by_community", StringComparison.Ordinal) => MetElsewhere,
        _ when question.Id.EndsWith(".unpaid", StringComparison.Ordinal) => Unpaid,
        _ => [],
    };
}
