namespace Formulate.Engine.Chc;

/// <summary>
/// Each Checklist domain's rule table: which descriptor in <see cref="ChcDescriptors"/> the Needs Profile answers meet.
/// Rows run from A to C and the first that holds decides. Where an older, broader answer is all there is (the optional
/// question that splits it was not answered), the row says so with "unanswered" and the prediction lists the question.
/// </summary>
internal static class ChcDomainRules
{
    public static IReadOnlyList<ChcDomainRule> All { get; } =
    [
        new()
        {
            Domain = ChcDomain.Breathing,
            Needs = ["health.any_needs", "health.breathing"],
            FollowUps = ["health.breathing_device", "health.breathlessness"],
            Rules =
            [
                new("chc.breathing.a.tracheostomy", a => a.Is("health.breathing_device", "tracheostomy")),
                new("chc.breathing.a.non-invasive-ventilation", a => a.Is("health.breathing_device", "non_invasive_ventilation")),
                // "Episodes that need skilled intervention" were never met by routine treatment; the follow-up can say otherwise.
                new("chc.breathing.a.not-responding", a => a.Is("health.breathlessness", "not_responding_limits_all")
                    || (a.Is("health.breathing", "episodes_intervention") && a.IsUnanswered("health.breathlessness"))),
                new("chc.breathing.b.oxygen", a => a.Is("health.oxygen", "yes")),
                new("chc.breathing.b.cpap", a => a.Is("health.breathing_device", "cpap")),
                new("chc.breathing.b.limits-some", a => a.Is("health.breathlessness", "limits_some")
                    || (a.Is("health.breathing", "needs_help") && a.IsUnanswered("health.breathlessness"))),
                new("chc.breathing.c.no-impact", a => a.Is("health.breathing", "managed", "needs_help", "episodes_intervention")),
                new("chc.breathing.c.normal", _ => true),
            ],
        },
        new()
        {
            Domain = ChcDomain.Nutrition,
            Needs = ["nutrition.need", "health.any_needs", "health.nutrition_risk"],
            FollowUps = ["nutrition.time_to_eat", "health.swallowing", "health.weight_loss"],
            Rules =
            [
                new("chc.nutrition.a.feeding-device", a => a.Is("health.nutrition_risk", "feeding_device_problems")),
                new("chc.nutrition.a.dysphagia", a => a.Is("health.swallowing", "skilled")),
                // "Weight loss or swallowing problems" answers "Is there a risk to the person's nutrition?": nutrition at risk.
                new("chc.nutrition.a.weight-loss", a => a.Is("health.weight_loss", "significant")
                    || (a.Is("health.nutrition_risk", "weight_loss_or_swallowing") && a.IsUnanswered("health.swallowing") && a.IsUnanswered("health.weight_loss"))),
                new("chc.nutrition.b.artificial-feeding", a => a.Is("health.peg_feeding", "yes")),
                new("chc.nutrition.b.feeding-takes-long", a => a.Is("nutrition.time_to_eat", "30_plus")),
                new("chc.nutrition.c.supervision", a => !a.Is("nutrition.need", "none")
                    || a.Is("health.nutrition_risk", "needs_support", "weight_loss_or_swallowing")),
                new("chc.nutrition.c.adequate", _ => true),
            ],
        },
        new()
        {
            Domain = ChcDomain.Continence,
            Needs = ["health.any_needs", "health.continence"],
            FollowUps = ["health.continence_care"],
            Rules =
            [
                new("chc.continence.a.skilled", a => a.Is("health.continence_care", "skilled")),
                // A catheter, or "problems such as infections", need monitoring at least; the follow-up says whether more.
                new("chc.continence.b.monitoring", a => a.Is("health.continence_care", "monitoring")
                    || (a.IsUnanswered("health.continence_care") && (a.Is("health.continence", "complications") || a.Is("health.catheter_stoma", "yes")))),
                new("chc.continence.c.routine", a => a.Is("health.continence", "occasional", "managed", "complications")
                    || a.Is("health.catheter_stoma", "yes")),
                new("chc.continence.c.continent", _ => true),
            ],
        },
        new()
        {
            Domain = ChcDomain.SkinIntegrity,
            Needs = ["health.any_needs", "health.skin"],
            FollowUps = ["health.skin_prevention", "health.wound", "health.wound_response"],
            Rules =
            [
                new("chc.skin.a.full-thickness", a => a.Is("health.wound", "full_thickness")
                    || (a.Is("health.skin", "open_wound") && a.IsUnanswered("health.wound"))),
                new("chc.skin.a.partial-thickness-not-responding", a => a.Is("health.wound", "partial_thickness") && a.Is("health.wound_response", "not_responding")),
                new("chc.skin.b.partial-thickness-responding", a => a.Is("health.wound", "partial_thickness")
                    || (a.Is("health.skin", "minor_damage") && a.IsUnanswered("health.wound"))),
                new("chc.skin.b.prevention-several-daily", a => a.Is("health.skin_prevention", "several_daily")),
                new("chc.skin.c.minor", a => a.Is("health.wound", "minor")),
                new("chc.skin.c.prevention-daily", a => a.Is("health.skin", "at_risk") || a.Is("health.pressure_care", "yes")
                    || a.Is("health.skin_prevention", "daily_or_less")),
                new("chc.skin.c.no-risk", _ => true),
            ],
        },
        new()
        {
            Domain = ChcDomain.Mobility,
            Needs = ["mobility.weight_bearing", "mobility.falls"],
            FollowUps = ["mobility.can_assist", "mobility.falls_risk"],
            Rules =
            [
                // Two carers for transfers stood for "cannot assist" before the follow-up asked it.
                new("chc.mobility.a.cannot-assist", a => a.Is("mobility.weight_bearing", "cannot")
                    && (a.Is("mobility.can_assist", "no") || (a.IsUnanswered("mobility.can_assist") && a.Is("mobility.transfers", "two_carers")))),
                new("chc.mobility.a.high-falls-risk", a => a.Is("mobility.falls", "occasional", "frequent") && a.Is("mobility.falls_risk", "high")),
                new("chc.mobility.b.assists-transfers", a => a.Is("mobility.weight_bearing", "cannot")),
                new("chc.mobility.b.not-consistently", a => a.Is("mobility.weight_bearing", "partially")),
                new("chc.mobility.b.moderate-falls-risk", a => a.Is("mobility.falls", "occasional", "frequent")),
                new("chc.mobility.c.weight-bears-with-help", a => !a.Is("mobility.walking", "independent") || !a.Is("mobility.transfers", "independent")),
                new("chc.mobility.c.independent", _ => true),
            ],
        },
        new()
        {
            Domain = ChcDomain.Communication,
            Needs = ["communication.expressing", "communication.understanding"],
            FollowUps = ["communication.reliability"],
            Rules =
            [
                new("chc.communication.a.unable", a => a.Is("communication.reliability", "never")
                    || (a.IsUnanswered("communication.reliability") && (a.Is("communication.expressing", "unable") || a.Is("communication.understanding", "unable")))),
                new("chc.communication.b.difficult", a => a.Is("communication.reliability", "sometimes")),
                new("chc.communication.c.needs-assistance", a => !a.Is("communication.expressing", "no_difficulty") || !a.Is("communication.understanding", "no_difficulty")),
                new("chc.communication.c.clear", _ => true),
            ],
        },
        new()
        {
            Domain = ChcDomain.PsychologicalAndEmotional,
            Needs = ["emotional.wellbeing", "emotional.engagement"],
            FollowUps = ["emotional.distress_response"],
            Rules =
            [
                new("chc.psychological.a.severe", a => a.Is("emotional.wellbeing", "severe_distress")),
                new("chc.psychological.a.withdrawn-from-all", a => a.Is("emotional.engagement", "withdrawn_from_all")),
                new("chc.psychological.b.withdrawn", a => a.Is("emotional.engagement", "withdrawn")),
                new("chc.psychological.b.not-responding", a => a.Is("emotional.wellbeing", "affects_daily_life") && !a.Is("emotional.distress_response", "yes")),
                new("chc.psychological.c.responds", a => !a.Is("emotional.wellbeing", "settled") || a.Is("emotional.engagement", "needs_prompting")),
                new("chc.psychological.c.no-impact", _ => true),
            ],
        },
        new()
        {
            Domain = ChcDomain.Cognition,
            Needs = ["cognition.memory", "cognition.risk_awareness", "cognition.decisions", "cognition.orientation"],
            Rules =
            [
                new("chc.cognition.a.unable-to-assess-risk", a => a.Is("cognition.risk_awareness", "none")
                    || (a.Is("cognition.risk_awareness", "limited") && a.Is("cognition.decisions", "unable")
                        && (a.Is("cognition.orientation", "usually_disoriented") || a.Is("cognition.memory", "severe")))),
                new("chc.cognition.b.basic-care", a => a.Is("cognition.risk_awareness", "limited") || a.Is("cognition.decisions", "unable")
                    || a.Is("cognition.orientation", "usually_disoriented") || a.Is("cognition.memory", "severe")),
                new("chc.cognition.c.complex-activities", a => a.Is("cognition.memory", "some_forgetfulness", "significant")
                    || a.Is("cognition.decisions", "with_support") || a.Is("cognition.orientation", "sometimes_disoriented")),
                new("chc.cognition.c.no-impairment", _ => true),
            ],
        },
        new()
        {
            Domain = ChcDomain.Behaviour,
            Needs = ["behaviour.present", "behaviour.risk"],
            FollowUps = ["behaviour.predictable"],
            Rules =
            [
                new("chc.behaviour.a.predictable-risk", a => a.Is("behaviour.risk", "high", "severe")
                    || (a.Is("behaviour.risk", "moderate") && a.Is("behaviour.predictable", "no") && a.Is("behaviour.frequency", "daily", "several_daily"))),
                // Resisting care is not "compliant with all aspects of their care", so it is not a C even at a low risk.
                new("chc.behaviour.b.predictable", a => a.Is("behaviour.risk", "moderate") || a.Is("behaviour.type", "resisting_care")),
                new("chc.behaviour.c.no-risk", a => a.Is("behaviour.present", "yes")),
                new("chc.behaviour.c.none", _ => true),
            ],
        },
        new()
        {
            Domain = ChcDomain.DrugTherapies,
            Needs = ["medication.support", "medication.symptom_control"],
            FollowUps = ["medication.administration_reason"],
            Rules =
            [
                new("chc.drug-therapies.a.significant-symptoms", a => a.Is("medication.symptom_control", "unstable")),
                new("chc.drug-therapies.a.trained-monitoring", a => a.Is("medication.administration_reason", "trained_monitoring")),
                // "Complex help, such as time-critical or controlled medicines" is given for the medicine's type at least.
                new("chc.drug-therapies.b.administration", a => a.Is("medication.administration_reason", "type_or_route", "non_compliance")
                    || (a.IsUnanswered("medication.administration_reason") && a.Is("medication.support", "complex"))),
                new("chc.drug-therapies.b.moderate-symptoms", a => a.Is("medication.symptom_control", "needs_monitoring")),
                new("chc.drug-therapies.c.supervision", a => !a.Is("medication.support", "none")),
                new("chc.drug-therapies.c.managed", _ => true),
            ],
        },
        new()
        {
            Domain = ChcDomain.AlteredStatesOfConsciousness,
            Needs = ["health.any_needs", "health.consciousness"],
            FollowUps = ["health.episodes_frequency", "health.episodes_skilled"],
            Rules =
            [
                new("chc.altered-states.a.skilled-intervention", a => a.Is("health.episodes_skilled", "yes")),
                new("chc.altered-states.a.frequent", a => a.Is("health.episodes_frequency", "more_than_monthly")
                    || (a.IsUnanswered("health.episodes_frequency") && a.Is("health.consciousness", "frequent_risk_of_harm"))),
                new("chc.altered-states.b.occasional", a => a.Is("health.consciousness", "needs_supervision", "frequent_risk_of_harm")),
                new("chc.altered-states.c.managed", a => a.Is("health.consciousness", "occasional_low_risk")),
                new("chc.altered-states.c.none", _ => true),
            ],
        },
    ];
}
