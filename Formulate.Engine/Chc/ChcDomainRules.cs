namespace Formulate.Engine.Chc;

/// <summary>
/// How each Checklist domain's level is predicted from Needs Profile answers, after the Checklist's descriptors
/// (e.g. mobility A: cannot weight-bear or assist, or a high risk of falls shown by history).
/// </summary>
internal static class ChcDomainRules
{
    public static (ChcLevel Level, string Reason) Predict(ChcDomain domain, DomainAnswers a) => domain switch
    {
        ChcDomain.Breathing => Breathing(a),
        ChcDomain.Nutrition => Nutrition(a),
        ChcDomain.Continence => HealthScreened(a, "health.continence", ("complications", ChcLevel.A, "continence care needs timely, skilled intervention"),
            ("managed", ChcLevel.B, "continence needs a routine of care")),
        ChcDomain.SkinIntegrity => HealthScreened(a, "health.skin", ("open_wound", ChcLevel.A, "open wound or serious pressure damage"),
            ("minor_damage", ChcLevel.B, "broken skin or minor pressure damage")),
        ChcDomain.Mobility => Mobility(a),
        ChcDomain.Communication => Communication(a),
        ChcDomain.PsychologicalAndEmotional => Psychological(a),
        ChcDomain.Cognition => Cognition(a),
        ChcDomain.Behaviour => Behaviour(a),
        ChcDomain.DrugTherapies => DrugTherapies(a),
        ChcDomain.AlteredStatesOfConsciousness => HealthScreened(a, "health.consciousness",
            ("frequent_risk_of_harm", ChcLevel.A, "frequent episodes with a risk of harm"),
            ("needs_supervision", ChcLevel.B, "episodes that need supervision")),
        _ => (ChcLevel.NotApplicable, "not predicted"),
    };

    private static (ChcLevel, string) NotAsked(string what) => (ChcLevel.NotApplicable, $"{what} was not answered");

    private static (ChcLevel, string) HealthScreened(DomainAnswers a, string questionId, params (string Code, ChcLevel Level, string Reason)[] levels)
    {
        var screen = a["health.any_needs"];
        if (screen == "no")
        {
            return (ChcLevel.C, "no health needs recorded");
        }

        var answer = a[questionId];
        if (screen is null || answer is null)
        {
            return NotAsked(questionId);
        }

        foreach (var (code, level, reason) in levels)
        {
            if (answer == code)
            {
                return (level, reason);
            }
        }

        return (ChcLevel.C, "needs are met by routine care");
    }

    private static (ChcLevel, string) Breathing(DomainAnswers a)
    {
        var (level, reason) = HealthScreened(a, "health.breathing",
            ("episodes_intervention", ChcLevel.A, "breathing episodes that need skilled intervention"),
            ("needs_help", ChcLevel.B, "shortness of breath that needs help"));
        return level == ChcLevel.C && a["health.oxygen"] == "yes" ? (ChcLevel.B, "uses oxygen therapy") : (level, reason);
    }

    private static (ChcLevel, string) Nutrition(DomainAnswers a)
    {
        var (level, reason) = HealthScreened(a, "health.nutrition_risk",
            ("feeding_device_problems", ChcLevel.A, "problems with a feeding device that need skilled review"),
            ("weight_loss_or_swallowing", ChcLevel.B, "weight loss or swallowing problems"));
        return level == ChcLevel.C && a["health.peg_feeding"] == "yes" ? (ChcLevel.B, "fed through a tube") : (level, reason);
    }

    private static (ChcLevel, string) Mobility(DomainAnswers a)
    {
        var weightBearing = a["mobility.weight_bearing"];
        var falls = a["mobility.falls"];
        var transfers = a["mobility.transfers"];
        if (weightBearing is null || falls is null)
        {
            return NotAsked("mobility");
        }

        if (falls == "frequent")
        {
            return (ChcLevel.A, "high risk of falls shown by a history of falls");
        }

        if (weightBearing == "cannot" && transfers == "two_carers")
        {
            return (ChcLevel.A, "cannot bear weight or help with transfers");
        }

        return weightBearing is "cannot" or "partially"
            ? (ChcLevel.B, "cannot consistently bear weight")
            : (ChcLevel.C, "independent or bears weight with some help");
    }

    private static (ChcLevel, string) Communication(DomainAnswers a)
    {
        var expressing = a["communication.expressing"];
        var understanding = a["communication.understanding"];
        if (expressing is null || understanding is null)
        {
            return NotAsked("communication");
        }

        if (expressing == "unable" || understanding == "unable")
        {
            return (ChcLevel.A, "cannot reliably communicate needs, even with support");
        }

        return expressing == "significant_difficulty" || understanding == "significant_difficulty"
            ? (ChcLevel.B, "needs help to communicate")
            : (ChcLevel.C, "communicates, with aids if needed");
    }

    private static (ChcLevel, string) Psychological(DomainAnswers a)
    {
        var wellbeing = a["emotional.wellbeing"];
        var engagement = a["emotional.engagement"];
        if (wellbeing is null || engagement is null)
        {
            return NotAsked("emotional wellbeing");
        }

        if (wellbeing == "severe_distress")
        {
            return (ChcLevel.A, "distress that has a severe effect on health and wellbeing");
        }

        return wellbeing == "affects_daily_life" || engagement == "withdrawn"
            ? (ChcLevel.B, "mood or anxiety affects daily life, or withdrawn from care")
            : (ChcLevel.C, "mood is settled or managed");
    }

    private static (ChcLevel, string) Cognition(DomainAnswers a)
    {
        var memory = a["cognition.memory"];
        var risk = a["cognition.risk_awareness"];
        var decisions = a["cognition.decisions"];
        if (memory is null || risk is null || decisions is null)
        {
            return NotAsked("memory and cognition");
        }

        if (risk == "none" || (memory == "severe" && decisions == "unable"))
        {
            return (ChcLevel.A, "cannot assess basic risks even with supervision");
        }

        return memory is "significant" or "severe" || risk == "limited" || decisions == "unable" || a["cognition.orientation"] == "usually_disoriented"
            ? (ChcLevel.B, "cognitive impairment that needs supervision or prompting")
            : (ChcLevel.C, "no or minor cognitive impairment");
    }

    private static (ChcLevel, string) Behaviour(DomainAnswers a)
    {
        var present = a["behaviour.present"];
        if (present is null)
        {
            return NotAsked("behaviour");
        }

        if (present == "no")
        {
            return (ChcLevel.C, "no behaviour that challenges");
        }

        var risk = a["behaviour.risk"];
        var frequency = a["behaviour.frequency"];
        if (risk == "severe")
        {
            return (ChcLevel.A, "behaviour with a predictable, serious risk to self or others");
        }

        return risk == "high" || (risk == "moderate" && frequency is "daily" or "several_daily")
            ? (ChcLevel.B, "frequent behaviour that needs a planned response")
            : (ChcLevel.C, "behaviour managed with routine support");
    }

    private static (ChcLevel, string) DrugTherapies(DomainAnswers a)
    {
        var control = a["medication.symptom_control"];
        if (control is null)
        {
            return NotAsked("symptom control");
        }

        if (control == "unstable")
        {
            return (ChcLevel.A, "symptoms or pain that are unstable and need skilled monitoring");
        }

        return control == "needs_monitoring" || a["medication.support"] == "complex"
            ? (ChcLevel.B, "medicines need monitoring or complex administration")
            : (ChcLevel.C, "symptoms are stable");
    }
}
