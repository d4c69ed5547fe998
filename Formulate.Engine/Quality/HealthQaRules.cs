namespace Formulate.Engine.Quality;

/// <summary>
/// Quality-assurance rules for the health answers the Checklist prediction reads: where they disagree with each other
/// or with the care needs recorded. Most read the optional follow-up questions, so a profile without them is never flagged.
/// </summary>
internal static class HealthQaRules
{
    public static IReadOnlyList<QaRule> All { get; } =
    [
        new("QA23", QaSeverity.Warning, QaCategory.Inconsistency,
            "Catheter or stoma care is recorded, but the person is recorded as having no problems with continence. Check the continence answers.",
            ["health.catheter_stoma", "health.continence"], c => c.Is("health.catheter_stoma", "yes") && c.Is("health.continence", "continent")),
        new("QA24", QaSeverity.Warning, QaCategory.Inconsistency,
            "Swallowing is recorded as needing skilled care, but no need with eating and drinking is recorded. Check the answers about nutrition.",
            ["health.swallowing", "nutrition.need"], c => c.Is("health.swallowing", "skilled") && c.Is("nutrition.need", "none")),
        new("QA25", QaSeverity.Warning, QaCategory.Inconsistency,
            "The person is recorded as unable to assist or cooperate with transfers, but as moving between bed, chair and toilet without another person. Check the mobility answers.",
            ["mobility.can_assist", "mobility.transfers"], c => c.Is("mobility.can_assist", "no") && c.Is("mobility.transfers", "independent", "with_equipment")),
        new("QA26", QaSeverity.Warning, QaCategory.Omission,
            "Care to stop the skin breaking down is needed several times a day, but no help to change position and no pressure care task is recorded. Check who gives this care.",
            ["health.skin_prevention", "mobility.repositioning", "health.pressure_care"],
            c => c.Is("health.skin_prevention", "several_daily") && c.Is("mobility.repositioning", "none") && !c.Is("health.pressure_care", "yes")),
        new("QA27", QaSeverity.Warning, QaCategory.Inconsistency,
            "Medicines are recorded as needing giving and monitoring by someone specially trained, but no symptoms needing control are recorded. Check the answers about medicines.",
            ["medication.administration_reason", "medication.symptom_control"],
            c => c.Is("medication.administration_reason", "trained_monitoring") && c.Is("medication.symptom_control", "no_needs")),
        new("QA28", QaSeverity.Warning, QaCategory.Inconsistency,
            "Episodes of altered consciousness need supervision or skilled help, but the person is recorded as able to be left alone all day. Check the answers about safety.",
            ["health.consciousness", "home_safety.left_alone"],
            c => c.Is("health.consciousness", "needs_supervision", "frequent_risk_of_harm") && c.Is("home_safety.left_alone", "all_day")),
        new("QA29", QaSeverity.Warning, QaCategory.Omission,
            "A tracheostomy or non-invasive ventilation is recorded, but no help with health tasks. Check who manages it and record the task.",
            ["health.breathing_device", "health.tasks"],
            c => c.Is("health.breathing_device", "tracheostomy", "non_invasive_ventilation") && c.Is("health.tasks", "no")),
        new("QA30", QaSeverity.Warning, QaCategory.Inconsistency,
            "Breathlessness that limits all daily living is recorded, but no help with washing or dressing. Check the personal care answers.",
            ["health.breathlessness", "hygiene.need", "dressing.need"],
            c => c.Is("health.breathlessness", "not_responding_limits_all") && c.Is("hygiene.need", "none") && c.Is("dressing.need", "none")),
    ];
}
