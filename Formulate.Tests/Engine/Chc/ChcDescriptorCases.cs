namespace Formulate.Tests.Engine.Chc;

/// <summary>
/// The test table built from the Checklist's descriptors: every A, B and C descriptor of every domain, each met by one
/// profile and missed, just, by another. The descriptor's words come with each case's name from the descriptor table.
/// </summary>
public static class ChcDescriptorCases
{
    private const string Health = "health.any_needs=yes ";

    public static IReadOnlyList<ChcDescriptorCase> All { get; } =
    [
        // Breathing
        new("chc.breathing.a.tracheostomy", Health + "health.breathing=managed health.breathing_device=tracheostomy",
            Health + "health.breathing=managed health.breathing_device=cpap", "chc.breathing.b.cpap"),
        new("chc.breathing.a.non-invasive-ventilation", Health + "health.breathing=needs_help health.breathing_device=non_invasive_ventilation health.breathlessness=limits_some",
            Health + "health.breathing=needs_help health.breathing_device=cpap health.breathlessness=limits_some", "chc.breathing.b.cpap"),
        new("chc.breathing.a.not-responding", Health + "health.breathing=needs_help health.breathlessness=not_responding_limits_all",
            Health + "health.breathing=needs_help health.breathlessness=limits_some", "chc.breathing.b.limits-some"),
        new("chc.breathing.b.oxygen", Health + "health.breathing=managed health.oxygen=yes health.breathlessness=responds_no_impact",
            Health + "health.breathing=managed health.oxygen=no health.breathlessness=responds_no_impact", "chc.breathing.c.no-impact"),
        new("chc.breathing.b.cpap", Health + "health.breathing=managed health.breathing_device=cpap health.breathlessness=responds_no_impact",
            Health + "health.breathing=managed health.breathing_device=none health.breathlessness=responds_no_impact", "chc.breathing.c.no-impact"),
        new("chc.breathing.b.limits-some", Health + "health.breathing=needs_help health.breathlessness=limits_some",
            Health + "health.breathing=needs_help health.breathlessness=responds_no_impact", "chc.breathing.c.no-impact"),
        new("chc.breathing.c.no-impact", Health + "health.breathing=managed health.breathlessness=responds_no_impact",
            Health + "health.breathing=normal", "chc.breathing.c.normal"),
        new("chc.breathing.c.normal", Health + "health.breathing=normal",
            Health + "health.breathing=managed health.breathlessness=responds_no_impact", "chc.breathing.c.no-impact"),

        // Nutrition
        new("chc.nutrition.a.feeding-device", Health + "health.nutrition_risk=feeding_device_problems",
            "health.tasks=yes health.peg_feeding=yes", "chc.nutrition.b.artificial-feeding"),
        new("chc.nutrition.a.dysphagia", Health + "health.nutrition_risk=weight_loss_or_swallowing health.swallowing=skilled health.weight_loss=no",
            Health + "health.nutrition_risk=weight_loss_or_swallowing health.swallowing=managed health.weight_loss=no", "chc.nutrition.c.supervision"),
        new("chc.nutrition.a.weight-loss", Health + "health.nutrition_risk=needs_support health.swallowing=no health.weight_loss=significant",
            Health + "health.nutrition_risk=needs_support health.swallowing=no health.weight_loss=some", "chc.nutrition.c.supervision"),
        new("chc.nutrition.b.artificial-feeding", "health.tasks=yes health.peg_feeding=yes",
            "health.tasks=yes health.peg_feeding=no", "chc.nutrition.c.adequate"),
        new("chc.nutrition.b.feeding-takes-long", "nutrition.need=all nutrition.support_type=assist_to_eat nutrition.time_to_eat=30_plus",
            "nutrition.need=all nutrition.support_type=assist_to_eat nutrition.time_to_eat=under_30", "chc.nutrition.c.supervision"),
        new("chc.nutrition.c.supervision", "nutrition.need=prompting nutrition.support_type=prepare_only",
            "nutrition.need=none", "chc.nutrition.c.adequate"),
        new("chc.nutrition.c.adequate", "nutrition.need=none",
            "nutrition.need=prompting nutrition.support_type=prepare_only", "chc.nutrition.c.supervision"),

        // Continence
        new("chc.continence.a.skilled", Health + "health.continence=complications health.continence_care=skilled",
            Health + "health.continence=complications health.continence_care=monitoring", "chc.continence.b.monitoring"),
        new("chc.continence.b.monitoring", Health + "health.continence=managed health.continence_care=monitoring",
            Health + "health.continence=managed health.continence_care=routine", "chc.continence.c.routine"),
        new("chc.continence.c.routine", Health + "health.continence=managed health.continence_care=routine",
            Health + "health.continence=continent", "chc.continence.c.continent"),
        new("chc.continence.c.continent", Health + "health.continence=continent",
            Health + "health.continence=occasional health.continence_care=routine", "chc.continence.c.routine"),

        // Skin integrity
        new("chc.skin.a.full-thickness", Health + "health.skin=open_wound health.wound=full_thickness",
            Health + "health.skin=open_wound health.wound=partial_thickness health.wound_response=responding", "chc.skin.b.partial-thickness-responding"),
        new("chc.skin.a.partial-thickness-not-responding", Health + "health.skin=open_wound health.wound=partial_thickness health.wound_response=not_responding",
            Health + "health.skin=open_wound health.wound=partial_thickness health.wound_response=responding", "chc.skin.b.partial-thickness-responding"),
        new("chc.skin.b.partial-thickness-responding", Health + "health.skin=minor_damage health.wound=partial_thickness health.wound_response=responding",
            Health + "health.skin=minor_damage health.wound=minor", "chc.skin.c.minor"),
        new("chc.skin.b.prevention-several-daily", Health + "health.skin=at_risk health.skin_prevention=several_daily",
            Health + "health.skin=at_risk health.skin_prevention=daily_or_less", "chc.skin.c.prevention-daily"),
        new("chc.skin.c.minor", Health + "health.skin=minor_damage health.wound=minor health.skin_prevention=daily_or_less",
            Health + "health.skin=at_risk health.skin_prevention=daily_or_less", "chc.skin.c.prevention-daily"),
        new("chc.skin.c.prevention-daily", Health + "health.skin=at_risk health.skin_prevention=daily_or_less",
            Health + "health.skin=intact", "chc.skin.c.no-risk"),
        new("chc.skin.c.no-risk", Health + "health.skin=intact",
            Health + "health.skin=at_risk", "chc.skin.c.prevention-daily"),

        // Mobility
        new("chc.mobility.a.cannot-assist", "mobility.transfers=one_carer mobility.equipment=hoist mobility.weight_bearing=cannot mobility.can_assist=no",
            "mobility.transfers=one_carer mobility.equipment=hoist mobility.weight_bearing=cannot mobility.can_assist=yes", "chc.mobility.b.assists-transfers"),
        new("chc.mobility.a.high-falls-risk", "mobility.falls=frequent mobility.falls_risk=high",
            "mobility.falls=frequent mobility.falls_risk=moderate", "chc.mobility.b.moderate-falls-risk"),
        new("chc.mobility.b.assists-transfers", "mobility.transfers=two_carers mobility.weight_bearing=cannot mobility.can_assist=yes",
            "mobility.transfers=two_carers mobility.weight_bearing=fully", "chc.mobility.c.weight-bears-with-help"),
        new("chc.mobility.b.not-consistently", "mobility.transfers=one_carer mobility.weight_bearing=partially",
            "mobility.transfers=one_carer mobility.weight_bearing=fully", "chc.mobility.c.weight-bears-with-help"),
        new("chc.mobility.b.moderate-falls-risk", "mobility.falls=occasional",
            "mobility.falls=none", "chc.mobility.c.independent"),
        new("chc.mobility.c.weight-bears-with-help", "mobility.walking=with_aid",
            "mobility.walking=independent", "chc.mobility.c.independent"),
        new("chc.mobility.c.independent", "mobility.walking=independent",
            "mobility.walking=with_aid", "chc.mobility.c.weight-bears-with-help"),

        // Communication
        new("chc.communication.a.unable", "communication.expressing=unable communication.reliability=never",
            "communication.expressing=unable communication.reliability=sometimes", "chc.communication.b.difficult"),
        new("chc.communication.b.difficult", "communication.expressing=significant_difficulty communication.reliability=sometimes",
            "communication.expressing=significant_difficulty communication.reliability=with_help", "chc.communication.c.needs-assistance"),
        new("chc.communication.c.needs-assistance", "communication.expressing=some_difficulty",
            "communication.expressing=no_difficulty", "chc.communication.c.clear"),
        new("chc.communication.c.clear", "communication.expressing=no_difficulty",
            "communication.expressing=some_difficulty", "chc.communication.c.needs-assistance"),

        // Psychological and emotional needs
        new("chc.psychological.a.severe", "emotional.wellbeing=severe_distress",
            "emotional.wellbeing=affects_daily_life emotional.distress_response=no", "chc.psychological.b.not-responding"),
        new("chc.psychological.a.withdrawn-from-all", "emotional.engagement=withdrawn_from_all",
            "emotional.engagement=withdrawn", "chc.psychological.b.withdrawn"),
        new("chc.psychological.b.withdrawn", "emotional.engagement=withdrawn",
            "emotional.engagement=needs_prompting", "chc.psychological.c.responds"),
        new("chc.psychological.b.not-responding", "emotional.wellbeing=affects_daily_life emotional.distress_response=no",
            "emotional.wellbeing=affects_daily_life emotional.distress_response=yes", "chc.psychological.c.responds"),
        new("chc.psychological.c.responds", "emotional.wellbeing=occasional_low_mood",
            "emotional.wellbeing=settled", "chc.psychological.c.no-impact"),
        new("chc.psychological.c.no-impact", "emotional.wellbeing=settled",
            "emotional.engagement=needs_prompting", "chc.psychological.c.responds"),

        // Cognition
        new("chc.cognition.a.unable-to-assess-risk", "cognition.memory=significant cognition.risk_awareness=limited cognition.decisions=unable cognition.orientation=usually_disoriented",
            "cognition.memory=significant cognition.risk_awareness=limited cognition.decisions=unable cognition.orientation=sometimes_disoriented", "chc.cognition.b.basic-care"),
        new("chc.cognition.b.basic-care", "cognition.memory=significant cognition.risk_awareness=limited cognition.decisions=with_support",
            "cognition.memory=significant cognition.risk_awareness=aware cognition.decisions=with_support", "chc.cognition.c.complex-activities"),
        new("chc.cognition.c.complex-activities", "cognition.memory=significant",
            "cognition.memory=no_concerns", "chc.cognition.c.no-impairment"),
        new("chc.cognition.c.no-impairment", "cognition.memory=no_concerns",
            "cognition.memory=some_forgetfulness", "chc.cognition.c.complex-activities"),

        // Behaviour
        new("chc.behaviour.a.predictable-risk", "behaviour.present=yes behaviour.type=physical_to_others behaviour.frequency=daily behaviour.risk=high",
            "behaviour.present=yes behaviour.type=physical_to_others behaviour.frequency=daily behaviour.risk=moderate", "chc.behaviour.b.predictable"),
        new("chc.behaviour.b.predictable", "behaviour.present=yes behaviour.frequency=weekly behaviour.risk=moderate behaviour.predictable=yes",
            "behaviour.present=yes behaviour.frequency=weekly behaviour.risk=low behaviour.predictable=yes", "chc.behaviour.c.no-risk"),
        new("chc.behaviour.c.no-risk", "behaviour.present=yes behaviour.risk=low",
            "behaviour.present=no", "chc.behaviour.c.none"),
        new("chc.behaviour.c.none", "behaviour.present=no",
            "behaviour.present=yes behaviour.risk=low", "chc.behaviour.c.no-risk"),

        // Drug therapies and medication: symptom control
        new("chc.drug-therapies.a.significant-symptoms", "medication.symptom_control=unstable",
            "medication.symptom_control=needs_monitoring", "chc.drug-therapies.b.moderate-symptoms"),
        new("chc.drug-therapies.a.trained-monitoring", "medication.support=administering medication.symptom_control=stable medication.administration_reason=trained_monitoring",
            "medication.support=administering medication.symptom_control=stable medication.administration_reason=type_or_route", "chc.drug-therapies.b.administration"),
        new("chc.drug-therapies.b.administration", "medication.support=administering medication.symptom_control=stable medication.administration_reason=type_or_route",
            "medication.support=administering medication.symptom_control=stable medication.administration_reason=routine", "chc.drug-therapies.c.supervision"),
        new("chc.drug-therapies.b.moderate-symptoms", "medication.symptom_control=needs_monitoring",
            "medication.symptom_control=stable", "chc.drug-therapies.c.managed"),
        new("chc.drug-therapies.c.supervision", "medication.support=prompting medication.symptom_control=stable",
            "medication.support=none medication.symptom_control=stable", "chc.drug-therapies.c.managed"),
        new("chc.drug-therapies.c.managed", "medication.support=none medication.symptom_control=stable",
            "medication.support=prompting medication.symptom_control=stable", "chc.drug-therapies.c.supervision"),

        // Altered states of consciousness
        new("chc.altered-states.a.skilled-intervention", Health + "health.consciousness=needs_supervision health.episodes_frequency=monthly_or_less health.episodes_skilled=yes",
            Health + "health.consciousness=needs_supervision health.episodes_frequency=monthly_or_less health.episodes_skilled=no", "chc.altered-states.b.occasional"),
        new("chc.altered-states.a.frequent", Health + "health.consciousness=needs_supervision health.episodes_frequency=more_than_monthly health.episodes_skilled=no",
            Health + "health.consciousness=needs_supervision health.episodes_frequency=monthly_or_less health.episodes_skilled=no", "chc.altered-states.b.occasional"),
        new("chc.altered-states.b.occasional", Health + "health.consciousness=needs_supervision health.episodes_frequency=monthly_or_less health.episodes_skilled=no",
            Health + "health.consciousness=occasional_low_risk", "chc.altered-states.c.managed"),
        new("chc.altered-states.c.managed", Health + "health.consciousness=occasional_low_risk",
            Health + "health.consciousness=none", "chc.altered-states.c.none"),
        new("chc.altered-states.c.none", Health + "health.consciousness=none",
            Health + "health.consciousness=occasional_low_risk", "chc.altered-states.c.managed"),
    ];
}
