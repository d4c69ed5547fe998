using Formulate.Engine.Estimation;
using Formulate.Engine.Profiles;

namespace Formulate.Engine.WhatIf;

/// <summary>
/// The scenarios a practitioner plans around: each other living situation, and the contingency of unpaid support stopping.
/// What-ifs change answers and re-run the same blocks, so they are explained by the same rules as the estimate.
/// </summary>
public static class WhatIfScenarios
{
    public const string UnpaidSupportTag = "unpaid-support";
    public const string UnpaidCarerTag = "unpaid-carer";
    public const string WithoutUnpaidSupportId = "without-unpaid-support";

    internal static IReadOnlyList<WhatIfEstimate> Run(EngineDefinition definition, NeedsProfile profile, decimal estimate)
    {
        var current = profile.Answers.TryGetValue("person.living_situation", out var living) ? living : null;
        var livingSituation = definition.Questions.Find("person.living_situation");
        var scenarios = new List<WhatIfEstimate>();
        foreach (var situation in LivingSituations.All.Where(situation => situation != current))
        {
            var answers = new Dictionary<string, string>(profile.Answers) { ["person.living_situation"] = situation };
            var label = $"Living situation: {livingSituation?.LabelOf(situation) ?? situation}";
            scenarios.Add(Estimate(definition, profile.AssessmentDate, answers, $"living-situation:{situation}", label, estimate));
        }

        scenarios.Add(Estimate(definition, profile.AssessmentDate, WithoutUnpaidSupport(definition, profile.Answers),
            WithoutUnpaidSupportId, "Without unpaid carer support (contingency)", estimate));
        return scenarios;
    }

    internal static Dictionary<string, string> WithoutUnpaidSupport(EngineDefinition definition, IReadOnlyDictionary<string, string> answers)
    {
        var changed = new Dictionary<string, string>(answers);
        foreach (var question in definition.Questions.Tagged(UnpaidSupportTag).Where(question => changed.ContainsKey(question.Id)))
        {
            changed[question.Id] = "none";
        }

        foreach (var question in definition.Questions.Tagged(UnpaidCarerTag).Where(question => changed.ContainsKey(question.Id)))
        {
            changed[question.Id] = "no";
        }

        return changed;
    }

    private static WhatIfEstimate Estimate(
        EngineDefinition definition, DateOnly date, IReadOnlyDictionary<string, string> answers, string id, string label, decimal estimate)
    {
        var calculation = new Calculation(definition, date, answers, tracing: false);
        var outcome = ScenarioCalculator.Run(calculation);
        if (calculation.Missing.Count > 0 || outcome.NotEstimatedReason is not null)
        {
            var reason = outcome.NotEstimatedReason ?? string.Join("; ", calculation.Missing.Select(problem => problem.Message));
            return new WhatIfEstimate { Id = id, Label = label, NotEstimatedReason = reason };
        }

        return new WhatIfEstimate
        {
            Id = id,
            Label = label,
            WeeklyEstimate = outcome.Total,
            DifferenceFromEstimate = outcome.Total - estimate,
            TotalWeeklyHours = outcome.TotalWeeklyHours,
            AllocationSummary = outcome.Lines,
            Adjustments = outcome.Adjustments,
        };
    }
}
