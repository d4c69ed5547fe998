namespace Formulate.Engine.Chc;

/// <summary>The Checklist's national threshold for referral to a full assessment.</summary>
public static class ChcThreshold
{
    public static IReadOnlySet<ChcDomain> PriorityDomains { get; } = new HashSet<ChcDomain>
    {
        ChcDomain.Breathing,
        ChcDomain.Behaviour,
        ChcDomain.DrugTherapies,
        ChcDomain.AlteredStatesOfConsciousness,
    };

    public static IReadOnlyList<ChcThresholdRule> RulesMet(IEnumerable<(ChcDomain Domain, ChcLevel Level)> levels)
    {
        var list = levels.ToList();
        var countA = list.Count(entry => entry.Level == ChcLevel.A);
        var countB = list.Count(entry => entry.Level == ChcLevel.B);
        var rules = new List<ChcThresholdRule>();
        if (list.Any(entry => entry.Level == ChcLevel.A && PriorityDomains.Contains(entry.Domain)))
        {
            rules.Add(ChcThresholdRule.AInPriorityDomain);
        }

        if (countA >= 2)
        {
            rules.Add(ChcThresholdRule.TwoOrMoreA);
        }

        if (countB >= 5)
        {
            rules.Add(ChcThresholdRule.FiveOrMoreB);
        }

        if (countA >= 1 && countB >= 4)
        {
            rules.Add(ChcThresholdRule.OneAAndFourB);
        }

        return rules;
    }

    public static string Describe(ChcThresholdRule rule) => rule switch
    {
        ChcThresholdRule.TwoOrMoreA => "two or more domains at A",
        ChcThresholdRule.FiveOrMoreB => "five or more domains at B",
        ChcThresholdRule.OneAAndFourB => "one domain at A and four at B",
        ChcThresholdRule.AInPriorityDomain => "an A in a priority domain (breathing, behaviour, drug therapies or altered states of consciousness)",
        _ => rule.ToString(),
    };
}
