using Formulate.Engine.Rules;

namespace Formulate.Engine.Quality;

/// <summary>
/// Quality-assurance rules for the health answers the Checklist prediction reads: where they disagree with each other
/// or with the care needs recorded. Most read the optional follow-up questions, so a profile without them is never flagged.
/// </summary>
internal static class HealthQaRules
{
    public static IReadOnlyList<QaRule> All { get; } =
    [
        QaRule.Of(QaRules.QA23, QaSeverity.Warning, QaCategory.Inconsistency,
            ["health.catheter_stoma", "health.continence"], c => c.Is("health.catheter_stoma", "yes") && c.Is("health.continence", "continent")),
        QaRule.Of(QaRules.QA24, QaSeverity.Warning, QaCategory.Inconsistency,
            ["health.swallowing", "nutrition.need"], c => c.Is("health.swallowing", "skilled") && c.Is("nutrition.need", "none")),
        QaRule.Of(QaRules.QA25, QaSeverity.Warning, QaCategory.Inconsistency,
            ["mobility.can_assist", "mobility.transfers"], c => c.Is("mobility.can_assist", "no") && c.Is("mobility.transfers", "independent", "with_equipment")),
        QaRule.Of(QaRules.QA26, QaSeverity.Warning, QaCategory.Omission,
            ["health.skin_prevention", "mobility.repositioning", "health.pressure_care"],
            c => c.Is("health.skin_prevention", "several_daily") && c.Is("mobility.repositioning", "none") && !c.Is("health.pressure_care", "yes")),
        QaRule.Of(QaRules.QA27, QaSeverity.Warning, QaCategory.Inconsistency,
            ["medication.administration_reason", "medication.symptom_control"],
            c => c.Is("medication.administration_reason", "trained_monitoring") && c.Is("medication.symptom_control", "no_needs")),
        QaRule.Of(QaRules.QA28, QaSeverity.Warning, QaCategory.Inconsistency,
            ["health.consciousness", "home_safety.left_alone"],
            c => c.Is("health.consciousness", "needs_supervision", "frequent_risk_of_harm") && c.Is("home_safety.left_alone", "all_day")),
        QaRule.Of(QaRules.QA29, QaSeverity.Warning, QaCategory.Omission,
            ["health.breathing_device", "health.tasks"],
            c => c.Is("health.breathing_device", "tracheostomy", "non_invasive_ventilation") && c.Is("health.tasks", "no")),
        QaRule.Of(QaRules.QA30, QaSeverity.Warning, QaCategory.Inconsistency,
            ["health.breathlessness", "hygiene.need", "dressing.need"],
            c => c.Is("health.breathlessness", "not_responding_limits_all") && c.Is("hygiene.need", "none") && c.Is("dressing.need", "none")),
    ];
}
