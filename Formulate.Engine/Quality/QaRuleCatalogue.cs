using Formulate.Engine.Estimation;

namespace Formulate.Engine.Quality;

/// <summary>The quality-assurance rules: inconsistencies, irregularities and key omissions in a Needs Profile.</summary>
public static class QaRuleCatalogue
{
    private static readonly string[] VisitTimes =
        ["personal_care.morning", "personal_care.midday", "personal_care.evening", "personal_care.bedtime"];

    private static readonly string[] UnpaidSupportAnswers = [.. CareActOutcomes.All.Select(outcome => $"{outcome.Id}.unpaid_sustainable"), "night.unpaid_sustainable", "medication.unpaid_sustainable"];

    private static readonly string[] NeedQuestions = [.. CareActOutcomes.All.Select(outcome => $"{outcome.Id}.need")];

    public static IReadOnlyList<QaRule> Rules { get; } = Build();

    // Built once: a rule's statement never changes, and the records are immutable.
    private static readonly QaStatement[] Statements = [.. Rules.Select(rule => rule.ToStatement())];

    public static IReadOnlyList<QaStatement> Check(QaContext context)
    {
        var statements = new List<QaStatement>();
        for (var i = 0; i < Rules.Count; i++)
        {
            if (Rules[i].Applies(context))
            {
                statements.Add(Statements[i]);
            }
        }

        return statements;
    }

    private static List<QaRule> Build()
    {
        List<QaRule> rules =
        [
            new("QA01", QaSeverity.Important, QaCategory.Omission,
                "Eligibility has not been decided. Decide whether the person has eligible needs under the Care Act before relying on this estimate.",
                ["person.eligibility_decided"], c => c.Is("person.eligibility_decided", "no")),
            new("QA02", QaSeverity.Warning, QaCategory.Irregularity,
                "Fewer than two Care Act outcomes are recorded as needing help. Check the eligibility decision and the answers about each outcome.",
                [.. NeedQuestions],
                c => CountNeeds(c) < 2),
            new("QA03", QaSeverity.Warning, QaCategory.Inconsistency,
                "Help with personal care is needed but no time of day is chosen. Choose when help is needed; one visit a day has been assumed.",
                VisitTimes, c => (c.NeedIsRecorded("hygiene.need") || c.NeedIsRecorded("toileting.need") || c.NeedIsRecorded("dressing.need")) && AllAre(c, VisitTimes, "no")),
            new("QA04", QaSeverity.Warning, QaCategory.Inconsistency,
                "Two carers are recorded for moving the person, but they fully bear their own weight. Check both answers.",
                ["mobility.transfers", "mobility.weight_bearing"], c => c.Is("mobility.transfers", "two_carers") && c.Is("mobility.weight_bearing", "fully")),
            new("QA05", QaSeverity.Warning, QaCategory.Omission,
                "Frequent falls are recorded but no equipment is in place. Consider an occupational therapy assessment.",
                ["mobility.falls", "mobility.equipment"], c => c.Is("mobility.falls", "frequent") && !c.Is("mobility.equipment", "hoist", "other_equipment")),
            new("QA06", QaSeverity.Warning, QaCategory.Inconsistency,
                "Significant memory problems are recorded but no help with medicines. Check who makes sure medicines are taken safely.",
                ["cognition.memory", "medication.support"], c => c.Is("cognition.memory", "significant", "severe") && c.Is("medication.support", "none")),
            new("QA07", QaSeverity.Warning, QaCategory.Inconsistency,
                "Behaviour with a high risk is recorded but no need to use the home safely. Check the answers about safety at home.",
                ["behaviour.risk", "home_safety.need"], c => c.Is("behaviour.risk", "high", "severe") && c.Is("home_safety.need", "none")),
            new("QA08", QaSeverity.Warning, QaCategory.Irregularity,
                "The person needs someone awake at night but sleep-in support is chosen. A waking night is usually needed.",
                ["night.need", "night.support_type"], c => c.Is("night.need", "continuous") && c.Is("night.support_type", "sleep_in")),
            new("QA09", QaSeverity.Warning, QaCategory.Inconsistency,
                "The person is recorded as living alone, but their unpaid carer is recorded as living with them. Check the living situation.",
                ["person.living_situation", "carer.lives_with_person"], c => c.Is("person.living_situation", "own_home_alone") && c.Is("carer.lives_with_person", "yes")),
            new("QA10", QaSeverity.Important, QaCategory.Omission,
                "Unpaid support is at risk or not sustainable and no carer's assessment has been offered. Offer the carer an assessment.",
                ["carer.sustainability", "carer.assessment"],
                c => c.Is("carer.assessment", "not_offered") && (c.Is("carer.sustainability", "at_risk", "not_sustainable") || AnyIs(c, UnpaidSupportAnswers, "at_risk", "no"))),
            new("QA11", QaSeverity.Warning, QaCategory.Inconsistency,
                "The carer's situation is recorded as not sustainable, but some of their support is recorded as sustainable. Check the answers for each outcome.",
                ["carer.sustainability", .. UnpaidSupportAnswers],
                c => c.Is("carer.sustainability", "not_sustainable") && AnyIs(c, UnpaidSupportAnswers, "yes")),
            new("QA12", QaSeverity.Important, QaCategory.Irregularity,
                "The unpaid carer is under 18. Offer a young carer's needs assessment and check whether the support they give is appropriate.",
                ["carer.age_band"], c => c.Is("carer.age_band", "under_18")),
            new("QA14", QaSeverity.Warning, QaCategory.Inconsistency,
                "Weight loss, swallowing problems or a feeding device are recorded but no need with eating and drinking. Check the answers about nutrition.",
                ["health.nutrition_risk", "nutrition.need"],
                c => c.Is("health.nutrition_risk", "weight_loss_or_swallowing", "feeding_device_problems") && c.Is("nutrition.need", "none")),
            new("QA15", QaSeverity.Warning, QaCategory.Inconsistency,
                "Continence care is recorded but no need with using the toilet. Check the answers about toilet needs.",
                ["health.continence", "toileting.need"], c => c.Is("health.continence", "managed", "complications") && c.Is("toileting.need", "none")),
            new("QA16", QaSeverity.Important, QaCategory.Irregularity,
                "The estimate reached the council's high-end cap, so the amount above it has been taken off. Refer to panel if the person's needs cannot be met within it.",
                [], c => c.Adjustments.Any(adjustment => adjustment.Id == BudgetLimits.CapId)),
            new("QA17", QaSeverity.Information, QaCategory.Irregularity,
                "The estimate was below the council's minimum budget and has been raised to it.",
                [], c => c.Adjustments.Any(adjustment => adjustment.Id == BudgetLimits.MinimumId)),
            new("QA18", QaSeverity.Warning, QaCategory.Irregularity,
                "No paid support is estimated: every need is met by the person's strengths, community resources or unpaid support. Check this is right.",
                [], c => c.Estimate == 0m),
            new("QA19", QaSeverity.Information, QaCategory.Irregularity,
                "In supported living, shared support is estimated as an equal share of supervision hours. Check it against the scheme's cost model.",
                ["person.living_situation", "supported_living.sharing"],
                c => c.Is("person.living_situation", "supported_living") && c.Is("supported_living.sharing", "shared_with_1", "shared_with_2", "shared_with_3_plus")),
            new("QA20", QaSeverity.Warning, QaCategory.Inconsistency,
                "The primary support reason is hearing or dual sensory support, but no difficulty communicating is recorded. Check the answers about communication.",
                ["person.primary_support_reason", "communication.expressing", "communication.understanding"],
                c => c.Is("person.primary_support_reason", "sensory_hearing", "sensory_dual") && c.Is("communication.expressing", "no_difficulty") && c.Is("communication.understanding", "no_difficulty")),
            new("QA21", QaSeverity.Warning, QaCategory.Omission,
                "The person cannot go out without help, but no need to use the local community is recorded. Check whether this is an unmet need.",
                ["mobility.outdoors", "community.need"],
                c => c.Is("mobility.outdoors", "cannot_go_out") && c.Is("community.need", "none") && !c.Is("person.living_situation", "residential_care", "nursing_care")),
            new("QA22", QaSeverity.Warning, QaCategory.Irregularity,
                "A sleep-in or waking night is needed but no night-time need with personal care, safety or health is recorded elsewhere. Check the night answers.",
                ["night.need", "home_safety.need", "toileting.need"],
                c => c.Is("night.need", "regular", "continuous") && c.Is("home_safety.need", "none") && c.Is("toileting.need", "none") && !c.Is("health.any_needs", "yes")),
        ];
        rules.AddRange(CareActOutcomes.All.Select(QA13));
        rules.AddRange(HealthQaRules.All);
        return rules;
    }

    private static QaRule QA13((string Id, string Name) outcome)
    {
        // The question ids are built once here rather than on every check.
        string need = $"{outcome.Id}.need", metByStrengths = $"{outcome.Id}.met_by_strengths";
        return new QaRule("QA13", QaSeverity.Warning, QaCategory.Inconsistency,
            $"The person needs a lot of help with {outcome.Name}, but it is recorded as met entirely by their own strengths. Check these answers.",
            [need, metByStrengths], c => c.Is(need, "most", "all") && c.Is(metByStrengths, "all"));
    }

    private static int CountNeeds(QaContext context)
    {
        var count = 0;
        foreach (var need in NeedQuestions)
        {
            count += context.NeedIsRecorded(need) ? 1 : 0;
        }

        return count;
    }

    private static bool AllAre(QaContext context, string[] questionIds, string code)
    {
        foreach (var questionId in questionIds)
        {
            if (!context.Is(questionId, code))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AnyIs(QaContext context, string[] questionIds, params ReadOnlySpan<string> codes)
    {
        foreach (var questionId in questionIds)
        {
            if (context.Is(questionId, codes))
            {
                return true;
            }
        }

        return false;
    }
}
