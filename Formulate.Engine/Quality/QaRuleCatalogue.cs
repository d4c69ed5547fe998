using Formulate.Engine.Estimation;
using Formulate.Engine.Rules;

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
            QaRule.Of(QaRules.QA01, QaSeverity.Important, QaCategory.Omission,
                ["person.eligibility_decided"], c => c.Is("person.eligibility_decided", "no")),
            QaRule.Of(QaRules.QA02, QaSeverity.Warning, QaCategory.Irregularity,
                [.. NeedQuestions],
                c => CountNeeds(c) < 2),
            QaRule.Of(QaRules.QA03, QaSeverity.Warning, QaCategory.Inconsistency,
                VisitTimes, c => (c.NeedIsRecorded("hygiene.need") || c.NeedIsRecorded("toileting.need") || c.NeedIsRecorded("dressing.need")) && AllAre(c, VisitTimes, "no")),
            QaRule.Of(QaRules.QA04, QaSeverity.Warning, QaCategory.Inconsistency,
                ["mobility.transfers", "mobility.weight_bearing"], c => c.Is("mobility.transfers", "two_carers") && c.Is("mobility.weight_bearing", "fully")),
            QaRule.Of(QaRules.QA05, QaSeverity.Warning, QaCategory.Omission,
                ["mobility.falls", "mobility.equipment"], c => c.Is("mobility.falls", "frequent") && !c.Is("mobility.equipment", "hoist", "other_equipment")),
            QaRule.Of(QaRules.QA06, QaSeverity.Warning, QaCategory.Inconsistency,
                ["cognition.memory", "medication.support"], c => c.Is("cognition.memory", "significant", "severe") && c.Is("medication.support", "none")),
            QaRule.Of(QaRules.QA07, QaSeverity.Warning, QaCategory.Inconsistency,
                ["behaviour.risk", "home_safety.need"], c => c.Is("behaviour.risk", "high", "severe") && c.Is("home_safety.need", "none")),
            QaRule.Of(QaRules.QA08, QaSeverity.Warning, QaCategory.Irregularity,
                ["night.need", "night.support_type"], c => c.Is("night.need", "continuous") && c.Is("night.support_type", "sleep_in")),
            QaRule.Of(QaRules.QA09, QaSeverity.Warning, QaCategory.Inconsistency,
                ["person.living_situation", "carer.lives_with_person"], c => c.Is("person.living_situation", "own_home_alone") && c.Is("carer.lives_with_person", "yes")),
            QaRule.Of(QaRules.QA10, QaSeverity.Important, QaCategory.Omission,
                ["carer.sustainability", "carer.assessment"],
                c => c.Is("carer.assessment", "not_offered") && (c.Is("carer.sustainability", "at_risk", "not_sustainable") || AnyIs(c, UnpaidSupportAnswers, "at_risk", "no"))),
            QaRule.Of(QaRules.QA11, QaSeverity.Warning, QaCategory.Inconsistency,
                ["carer.sustainability", .. UnpaidSupportAnswers],
                c => c.Is("carer.sustainability", "not_sustainable") && AnyIs(c, UnpaidSupportAnswers, "yes")),
            QaRule.Of(QaRules.QA12, QaSeverity.Important, QaCategory.Irregularity,
                ["carer.age_band"], c => c.Is("carer.age_band", "under_18")),
            QaRule.Of(QaRules.QA14, QaSeverity.Warning, QaCategory.Inconsistency,
                ["health.nutrition_risk", "nutrition.need"],
                c => c.Is("health.nutrition_risk", "weight_loss_or_swallowing", "feeding_device_problems") && c.Is("nutrition.need", "none")),
            QaRule.Of(QaRules.QA15, QaSeverity.Warning, QaCategory.Inconsistency,
                ["health.continence", "toileting.need"], c => c.Is("health.continence", "managed", "complications") && c.Is("toileting.need", "none")),
            QaRule.Of(QaRules.QA16, QaSeverity.Important, QaCategory.Irregularity,
                [], c => c.Adjustments.Any(adjustment => adjustment.Id == BudgetLimits.CapId)),
            QaRule.Of(QaRules.QA31, QaSeverity.Important, QaCategory.Irregularity,
                [], c => c.PanelReferral is not null),
            QaRule.Of(QaRules.QA17, QaSeverity.Information, QaCategory.Irregularity,
                [], c => c.Adjustments.Any(adjustment => adjustment.Id == BudgetLimits.MinimumId)),
            QaRule.Of(QaRules.QA18, QaSeverity.Warning, QaCategory.Irregularity,
                [], c => c.Estimate == 0m),
            QaRule.Of(QaRules.QA19, QaSeverity.Information, QaCategory.Irregularity,
                ["person.living_situation", "supported_living.sharing"],
                c => c.Is("person.living_situation", "supported_living") && c.Is("supported_living.sharing", "shared_with_1", "shared_with_2", "shared_with_3_plus")),
            QaRule.Of(QaRules.QA20, QaSeverity.Warning, QaCategory.Inconsistency,
                ["person.primary_support_reason", "communication.expressing", "communication.understanding"],
                c => c.Is("person.primary_support_reason", "sensory_hearing", "sensory_dual") && c.Is("communication.expressing", "no_difficulty") && c.Is("communication.understanding", "no_difficulty")),
            QaRule.Of(QaRules.QA21, QaSeverity.Warning, QaCategory.Omission,
                ["mobility.outdoors", "community.need"],
                c => c.Is("mobility.outdoors", "cannot_go_out") && c.Is("community.need", "none") && !c.Is("person.living_situation", "residential_care", "nursing_care")),
            QaRule.Of(QaRules.QA22, QaSeverity.Warning, QaCategory.Irregularity,
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
        return new QaRule(QaRules.QA13.Id, QaSeverity.Warning, QaCategory.Inconsistency,
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
