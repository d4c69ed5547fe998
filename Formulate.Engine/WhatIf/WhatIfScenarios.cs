using Formulate.Engine.Estimation;

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
    public const string LivingSituationPrefix = "living-situation:";

    internal static IReadOnlyList<WhatIfEstimate> Run(EngineDefinition definition, DateOnly date, ScenarioAnswers answers, decimal estimate, AreaMemo memo)
    {
        var current = answers["person.living_situation"];
        var livingSituation = definition.Questions.Find("person.living_situation");
        var scenarios = new List<WhatIfEstimate>(LivingSituations.All.Count);
        // Situations that calculate alike (alone or with family in one's own home) are worked out once.
        var bySetting = new Dictionary<string, WhatIfEstimate>();
        foreach (var situation in LivingSituations.All)
        {
            if (situation == current)
            {
                continue;
            }

            var label = $"Living situation: {livingSituation?.LabelOf(situation) ?? situation}";
            var setting = LivingSituations.CalculatesAs(situation);
            if (!bySetting.TryGetValue(setting, out var worked))
            {
                worked = Estimate(definition, date, answers.With([new("person.living_situation", situation)]), estimate, memo);
                bySetting[setting] = worked;
            }

            scenarios.Add(worked with { Id = $"{LivingSituationPrefix}{situation}", Label = label });
        }

        var contingency = Estimate(definition, date, answers.With(WithoutUnpaidSupport(definition, answers)), estimate, memo, "none");
        scenarios.Add(contingency with { Id = WithoutUnpaidSupportId, Label = "Without unpaid carer support (contingency)" });
        return scenarios;
    }

    /// <summary>The answers to change so that no unpaid support is counted.</summary>
    internal static Dictionary<string, string> WithoutUnpaidSupport(EngineDefinition definition, ScenarioAnswers answers)
    {
        var changed = new Dictionary<string, string>();
        foreach (var question in definition.Questions.UnpaidSupportQuestions)
        {
            if (answers.Has(question.Id))
            {
                changed[question.Id] = question.Tags.Contains(UnpaidCarerTag) ? "no" : "none";
            }
        }

        return changed;
    }

    private static WhatIfEstimate Estimate(
        EngineDefinition definition, DateOnly date, ScenarioAnswers answers, decimal estimate, AreaMemo memo, string unpaidScope = "as-answered")
    {
        var calculation = new Calculation(definition, date, answers, tracing: false, memo, unpaidScope);
        var outcome = ScenarioCalculator.Run(calculation);
        if (calculation.Missing.Count > 0 || outcome.NotEstimatedReason is not null)
        {
            var reason = outcome.NotEstimatedReason ?? string.Join("; ", calculation.Missing.Select(problem => problem.Message));
            return new WhatIfEstimate { Id = string.Empty, Label = string.Empty, NotEstimatedReason = reason };
        }

        return new WhatIfEstimate
        {
            Id = string.Empty,
            Label = string.Empty,
            WeeklyEstimate = outcome.Total,
            DifferenceFromEstimate = outcome.Total - estimate,
            TotalWeeklyHours = outcome.TotalWeeklyHours,
            AllocationSummary = outcome.Lines,
            Adjustments = outcome.Adjustments,
        };
    }
}
