using Formulate.Engine.Questions;

namespace Formulate.Engine.Chc;

/// <summary>The words of a prediction: what to do, how close the levels came, and NHS-funded nursing care for nursing homes.</summary>
internal static class ChcRecommendation
{
    public static string Write(
        IReadOnlyList<ChcDomainPrediction> domains, IReadOnlyList<ChcThresholdRule> rules, IReadOnlyList<string> near, QuestionSet questions)
    {
        var words = new List<string>();
        if (rules.Count > 0)
        {
            words.Add($"Complete the full NHS Continuing Healthcare Checklist: the predicted levels show {ChcThreshold.Describe(rules[0])}: " +
                      $"{List(DomainsBehind(rules[0], domains))}. If the completed Checklist is positive, refer for a full assessment of eligibility.");
        }
        else
        {
            var closest = domains.Where(d => d.Level is ChcLevel.A or ChcLevel.B).OrderBy(d => d.Level).ToList();
            words.Add("No Checklist is indicated: the predicted levels do not reach the threshold. " +
                      (closest.Count > 0 ? $"The domains that came closest: {List(closest)}." : "Every domain predicted is at C."));
            words.AddRange(near);
            words.Add("Complete the Checklist anyway if you think the person may be eligible.");
        }

        var notPredicted = domains.Where(d => d.Level == ChcLevel.NotApplicable).Select(d => d.Label).ToList();
        if (notPredicted.Count > 0)
        {
            words.Add($"Not predicted, for want of answers: {string.Join(", ", notPredicted)}.");
        }

        var incomplete = domains.Where(d => d.Level != ChcLevel.NotApplicable && d.UnansweredQuestionIds.Count > 0).Select(d => d.Label).ToList();
        if (incomplete.Count > 0)
        {
            words.Add($"Some questions these domains ask were not answered, so their levels may be higher: {string.Join(", ", incomplete)}.");
        }

        return string.Join(" ", words);
    }

    /// <summary>Where no rule is met: one B short of a rule, or a domain at B that at A would meet one.</summary>
    public static IReadOnlyList<string> NearThreshold(IReadOnlyList<ChcDomainPrediction> domains)
    {
        var countA = domains.Count(d => d.Level == ChcLevel.A);
        var atB = domains.Where(d => d.Level == ChcLevel.B).ToList();
        var near = new List<string>();
        if (countA == 0 && atB.Count == 4)
        {
            near.Add("One B short: one more domain at B would make five domains at B.");
        }

        if (countA == 1 && atB.Count == 3)
        {
            near.Add("One B short: one more domain at B would make one domain at A and four at B.");
        }

        foreach (var domain in atB)
        {
            if (domain.IsPriorityDomain)
            {
                near.Add($"{domain.Label} is one level short of an A in a priority domain.");
            }
            else if (countA == 1)
            {
                near.Add($"{domain.Label} is one level short of a second domain at A.");
            }
        }

        return near;
    }

    public static string? NursingCare(IReadOnlyDictionary<string, string> answers)
    {
        if (!answers.TryGetValue("person.living_situation", out var setting) || setting != "nursing_care")
        {
            return null;
        }

        var assessed = answers.GetValueOrDefault("health.fnc_assessed") switch
        {
            "yes" => " They have been assessed for it.",
            "no" => " They have not been assessed for it yet: ask the integrated care board to assess them.",
            _ => string.Empty,
        };
        return "NHS-funded nursing care: the person lives in a care home with nursing, so unless they are eligible for NHS Continuing Healthcare, " +
               "the NHS pays the home a weekly amount towards their nursing care, on top of this budget." + assessed;
    }

    /// <summary>A domain's level with its descriptor, e.g. "B — Not able to consistently weight bear."</summary>
    public static string Quote(QuestionSet questions, IEnumerable<string> questionIds) =>
        string.Join(", ", questionIds.Select(id => $"\"{questions.Find(id)?.Text ?? id}\""));

    private static IEnumerable<ChcDomainPrediction> DomainsBehind(ChcThresholdRule rule, IReadOnlyList<ChcDomainPrediction> domains) => rule switch
    {
        ChcThresholdRule.AInPriorityDomain => domains.Where(d => d.Level == ChcLevel.A && d.IsPriorityDomain),
        ChcThresholdRule.TwoOrMoreA => domains.Where(d => d.Level == ChcLevel.A),
        ChcThresholdRule.FiveOrMoreB => domains.Where(d => d.Level == ChcLevel.B),
        _ => domains.Where(d => d.Level is ChcLevel.A or ChcLevel.B).OrderBy(d => d.Level),
    };

    private static string List(IEnumerable<ChcDomainPrediction> domains) =>
        string.Join(", ", domains.Select(d => $"{d.Label} {d.Level}"));
}
