using Formulate.Engine.Estimation;
using Formulate.Engine.Rules;

namespace Formulate.Engine.WhatIf;

/// <summary>
/// The scenarios a practitioner plans around: each other living situation, and the contingency of unpaid support stopping.
/// What-ifs change answers and re-run the same blocks, so they are explained by the same rules as the estimate.
/// </summary>
public static class WhatIfScenarios
{
    /// <summary>What every living-situation what-if's id starts with; the ids themselves are in <see cref="WhatIfRules"/>.</summary>
    public const string LivingSituationPrefix = "living-situation:";
    private const string LivingSituationQuestion = "person.living_situation";

    private static readonly string[] LivingSituationIds = [.. LivingSituations.All.Select(situation => WhatIfRules.ForLivingSituation(situation)!.Id)];

    public static string WithoutUnpaidSupportId => WhatIfRules.WithoutUnpaidSupport.Id;

    /// <param name="main">The estimate's own outcome: a situation that calculates as the person's own comes to the same figures.</param>
    internal static IReadOnlyList<WhatIfEstimate> Run(EngineDefinition definition, DateOnly date, ScenarioAnswers answers, ScenarioOutcome main, AreaMemo memo)
    {
        var estimate = main.Total;
        var current = answers[LivingSituationQuestion];
        var livingSituation = definition.Questions.Find(LivingSituationQuestion);
        var livingSituationPosition = definition.Questions.PositionOf(LivingSituationQuestion);
        var scenarios = new List<WhatIfEstimate>(LivingSituations.All.Count);
        // Situations that calculate alike (alone or with family in one's own home) are worked out once, and not at all
        // when they calculate as the person's own: those answers differ from the estimate's only in a code the formula reads alike.
        var bySetting = new Dictionary<string, WhatIfEstimate>(LivingSituations.All.Count);
        if (current is not null)
        {
            bySetting[LivingSituations.CalculatesAs(current)] = Outcome(main, estimate, string.Empty, string.Empty);
        }

        for (var i = 0; i < LivingSituations.All.Count; i++)
        {
            var situation = LivingSituations.All[i];
            if (situation == current)
            {
                continue;
            }

            var id = LivingSituationIds[i];
            var label = $"Living situation: {livingSituation?.LabelOf(situation) ?? situation}";
            var setting = LivingSituations.CalculatesAs(situation);
            var worked = bySetting.TryGetValue(setting, out var alike)
                ? alike with { Id = id, Label = label }
                : Estimate(definition, date, answers.With([(livingSituationPosition, situation)]), estimate, memo, id, label);
            bySetting.TryAdd(setting, worked);
            scenarios.Add(worked);
        }

        scenarios.Add(Estimate(definition, date, answers.With(WithoutUnpaidSupport(definition, answers)), estimate, memo,
            WhatIfRules.WithoutUnpaidSupport.Id, WhatIfRules.WithoutUnpaidSupport.Label, "none"));
        return scenarios;
    }

    /// <summary>The answers to change, by question position, so that no unpaid support is counted.</summary>
    internal static List<(int Position, string Code)> WithoutUnpaidSupport(EngineDefinition definition, ScenarioAnswers answers)
    {
        var positions = definition.Questions.Index.UnpaidSupportPositions;
        var changed = new List<(int Position, string Code)>(positions.Length);
        foreach (var (position, aboutCarer) in positions)
        {
            if (answers.HasAt(position))
            {
                changed.Add((position, aboutCarer ? "no" : "none"));
            }
        }

        return changed;
    }

    private static WhatIfEstimate Estimate(
        EngineDefinition definition, DateOnly date, ScenarioAnswers answers, decimal estimate, AreaMemo memo, string id, string label,
        string unpaidScope = "as-answered")
    {
        var calculation = new Calculation(definition, date, answers, tracing: false, memo, unpaidScope);
        var outcome = ScenarioCalculator.Run(calculation);
        if (calculation.Missing.Count > 0 || outcome.NotEstimatedReason is not null)
        {
            var reason = outcome.NotEstimatedReason ?? string.Join("; ", calculation.Missing.Select(problem => problem.Message));
            return new WhatIfEstimate { Id = id, Label = label, NotEstimatedReason = reason };
        }

        return Outcome(outcome, estimate, id, label);
    }

    private static WhatIfEstimate Outcome(ScenarioOutcome outcome, decimal estimate, string id, string label) =>
        new()
        {
            Id = id,
            Label = label,
            WeeklyEstimate = outcome.Total,
            DifferenceFromEstimate = outcome.Total - estimate,
            TotalWeeklyHours = outcome.TotalWeeklyHours,
            AllocationSummary = outcome.Lines,
            Adjustments = outcome.Adjustments,
            PanelReferral = outcome.PanelReferral,
        };
}
