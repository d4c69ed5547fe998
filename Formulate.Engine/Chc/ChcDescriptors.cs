using System.Collections.Frozen;

namespace Formulate.Engine.Chc;

/// <summary>
/// The Checklist's A, B and C descriptors for every domain, declared once. The words are the National Framework's
/// NHS Continuing Healthcare Checklist (July 2022 revision), shortened to the part that decides the level; where a
/// level lists several descriptors joined by "or", each is its own entry so that a prediction says which one it met.
/// Published under the Open Government Licence v3.0.
/// </summary>
public static class ChcDescriptors
{
    public const string Source = "NHS Continuing Healthcare Checklist, National Framework for NHS Continuing Healthcare and NHS-funded Nursing Care, July 2022 revision";

    public static IReadOnlyList<ChcDescriptor> All { get; } =
    [
        D("chc.breathing.c.normal", ChcDomain.Breathing, ChcLevel.C, "Normal breathing, no issues with shortness of breath."),
        D("chc.breathing.c.no-impact", ChcDomain.Breathing, ChcLevel.C, "Shortness of breath, or episodes of breathlessness that readily respond to management, with no impact on daily living activities."),
        D("chc.breathing.b.limits-some", ChcDomain.Breathing, ChcLevel.B, "Shortness of breath, or episodes of breathlessness that do not consistently respond to management, that limit some daily living activities."),
        D("chc.breathing.b.oxygen", ChcDomain.Breathing, ChcLevel.B, "Requires low level oxygen therapy (24%)."),
        D("chc.breathing.b.cpap", ChcDomain.Breathing, ChcLevel.B, "Requires room air ventilators via a facial or nasal mask, or other therapeutic appliances to maintain airflow where the individual can still spontaneously breathe, e.g. CPAP."),
        D("chc.breathing.a.tracheostomy", ChcDomain.Breathing, ChcLevel.A, "Is able to breathe independently through a tracheostomy that they can manage themselves, or with the support of carers or care workers."),
        D("chc.breathing.a.not-responding", ChcDomain.Breathing, ChcLevel.A, "Breathlessness due to a condition which is not responding to therapeutic treatment and limits all daily living activities."),
        D("chc.breathing.a.non-invasive-ventilation", ChcDomain.Breathing, ChcLevel.A, "A condition that requires management by a non-invasive device to both stimulate and maintain breathing (non-invasive ventilation)."),

        D("chc.nutrition.c.adequate", ChcDomain.Nutrition, ChcLevel.C, "Able to take adequate food and drink by mouth to meet all nutritional requirements."),
        D("chc.nutrition.c.supervision", ChcDomain.Nutrition, ChcLevel.C, "Needs supervision, prompting with meals, or may need feeding and/or a special diet."),
        D("chc.nutrition.b.feeding-takes-long", ChcDomain.Nutrition, ChcLevel.B, "Needs feeding to ensure adequate intake of food and takes a long time (half an hour or more), including liquidised feed."),
        D("chc.nutrition.b.artificial-feeding", ChcDomain.Nutrition, ChcLevel.B, "Unable to take any food and drink by mouth, but all nutritional requirements are being adequately maintained by artificial means, for example via a non-problematic PEG."),
        D("chc.nutrition.a.dysphagia", ChcDomain.Nutrition, ChcLevel.A, "Dysphagia requiring skilled intervention to ensure adequate nutrition/hydration and minimise the risk of choking and aspiration."),
        D("chc.nutrition.a.weight-loss", ChcDomain.Nutrition, ChcLevel.A, "Nutritional status \"at risk\" and may be associated with unintended, significant weight loss."),
        D("chc.nutrition.a.feeding-device", ChcDomain.Nutrition, ChcLevel.A, "Problems relating to a feeding device (for example PEG) that require skilled assessment and review."),

        D("chc.continence.c.continent", ChcDomain.Continence, ChcLevel.C, "Continent of urine and faeces."),
        D("chc.continence.c.routine", ChcDomain.Continence, ChcLevel.C, "Continence care is routine on a day-to-day basis, for example incontinence managed through regular toileting, pads or medication."),
        D("chc.continence.b.monitoring", ChcDomain.Continence, ChcLevel.B, "Continence care is routine but requires monitoring to minimise risks, for example those associated with urinary catheters, double incontinence, chronic urinary tract infections or the management of constipation."),
        D("chc.continence.a.skilled", ChcDomain.Continence, ChcLevel.A, "Continence care is problematic and requires timely and skilled intervention, beyond routine care (for example frequent bladder washouts, manual evacuations, frequent re-catheterisation)."),

        D("chc.skin.c.no-risk", ChcDomain.SkinIntegrity, ChcLevel.C, "No risk of pressure damage or skin condition."),
        D("chc.skin.c.prevention-daily", ChcDomain.SkinIntegrity, ChcLevel.C, "Risk of skin breakdown which requires preventative intervention once a day or less than daily."),
        D("chc.skin.c.minor", ChcDomain.SkinIntegrity, ChcLevel.C, "Evidence of pressure damage with discolouration of intact skin, or a minor wound."),
        D("chc.skin.b.prevention-several-daily", ChcDomain.SkinIntegrity, ChcLevel.B, "Risk of skin breakdown which requires preventative intervention several times each day, without which skin integrity is likely to break down."),
        D("chc.skin.b.partial-thickness-responding", ChcDomain.SkinIntegrity, ChcLevel.B, "Pressure damage or open wound(s) with partial thickness skin loss involving epidermis and/or dermis, which is responding to treatment."),
        D("chc.skin.a.partial-thickness-not-responding", ChcDomain.SkinIntegrity, ChcLevel.A, "Pressure damage or open wound(s) with partial thickness skin loss involving epidermis and/or dermis, which is not responding to treatment."),
        D("chc.skin.a.full-thickness", ChcDomain.SkinIntegrity, ChcLevel.A, "Pressure damage or open wound(s) with full thickness skin loss involving damage or necrosis to subcutaneous tissue (category 3)."),

        D("chc.mobility.c.independent", ChcDomain.Mobility, ChcLevel.C, "Independently mobile."),
        D("chc.mobility.c.weight-bears-with-help", ChcDomain.Mobility, ChcLevel.C, "Able to weight bear but needs some assistance and/or requires mobility equipment for daily living."),
        D("chc.mobility.b.not-consistently", ChcDomain.Mobility, ChcLevel.B, "Not able to consistently weight bear."),
        D("chc.mobility.b.assists-transfers", ChcDomain.Mobility, ChcLevel.B, "Completely unable to weight bear but is able to assist or cooperate with transfers and/or repositioning."),
        D("chc.mobility.b.moderate-falls-risk", ChcDomain.Mobility, ChcLevel.B, "At moderate risk of falls (as evidenced in a falls history or risk assessment)."),
        D("chc.mobility.a.cannot-assist", ChcDomain.Mobility, ChcLevel.A, "Completely unable to weight bear and is unable to assist or cooperate with transfers and/or repositioning."),
        D("chc.mobility.a.high-falls-risk", ChcDomain.Mobility, ChcLevel.A, "At a high risk of falls (as evidenced in a falls history and risk assessment)."),

        D("chc.communication.c.clear", ChcDomain.Communication, ChcLevel.C, "Able to communicate clearly, verbally or non-verbally."),
        D("chc.communication.c.needs-assistance", ChcDomain.Communication, ChcLevel.C, "Needs assistance to communicate their needs. Special effort may be needed to ensure accurate interpretation of needs."),
        D("chc.communication.b.difficult", ChcDomain.Communication, ChcLevel.B, "Communication about needs is difficult to understand or interpret, or the individual is sometimes unable to reliably communicate, even when assisted."),
        D("chc.communication.a.unable", ChcDomain.Communication, ChcLevel.A, "Unable to reliably communicate their needs at any time and in any way, even when all practicable steps to assist them have been taken."),

        D("chc.psychological.c.no-impact", ChcDomain.PsychologicalAndEmotional, ChcLevel.C, "Psychological and emotional needs are not having an impact on their health and well-being."),
        D("chc.psychological.c.responds", ChcDomain.PsychologicalAndEmotional, ChcLevel.C, "Mood disturbance, anxiety symptoms or periods of distress having an impact on health and/or well-being but responding to prompts, distraction and/or reassurance; or requires prompts to engage in care and daily activities."),
        D("chc.psychological.b.not-responding", ChcDomain.PsychologicalAndEmotional, ChcLevel.B, "Mood disturbance, hallucinations, anxiety symptoms or periods of distress which do not readily respond to prompts, distraction and/or reassurance and have an increasing impact on health and/or well-being."),
        D("chc.psychological.b.withdrawn", ChcDomain.PsychologicalAndEmotional, ChcLevel.B, "Due to their psychological or emotional state the individual has withdrawn from most attempts to engage them in care planning, support and/or daily activities."),
        D("chc.psychological.a.severe", ChcDomain.PsychologicalAndEmotional, ChcLevel.A, "Mood disturbance, hallucinations, anxiety symptoms or periods of distress that have a severe impact on the individual's health and/or well-being."),
        D("chc.psychological.a.withdrawn-from-all", ChcDomain.PsychologicalAndEmotional, ChcLevel.A, "Due to their psychological or emotional state the individual has withdrawn from any attempts to engage them in support, care planning and/or daily activities."),

        D("chc.cognition.c.no-impairment", ChcDomain.Cognition, ChcLevel.C, "No evidence of impairment, confusion or disorientation."),
        D("chc.cognition.c.complex-activities", ChcDomain.Cognition, ChcLevel.C, "Cognitive impairment which requires some supervision, prompting or assistance with more complex activities of daily living, such as finance and medication, but awareness of basic risks that affect their safety is evident."),
        D("chc.cognition.b.basic-care", ChcDomain.Cognition, ChcLevel.B, "Cognitive impairment that requires some supervision, prompting and/or assistance with basic care needs and daily living activities; some awareness of needs and basic risks is evident, with limited ability to make decisions about some aspects of their lives."),
        D("chc.cognition.a.unable-to-assess-risk", ChcDomain.Cognition, ChcLevel.A, "Cognitive impairment, for example marked short-term memory issues or severe disorientation; the individual is unable to assess basic risks even with supervision, prompting or assistance, and is dependent on others to anticipate their basic needs and to protect them from harm."),

        D("chc.behaviour.c.none", ChcDomain.Behaviour, ChcLevel.C, "No evidence of \"challenging\" behaviour."),
        D("chc.behaviour.c.no-risk", ChcDomain.Behaviour, ChcLevel.C, "Some incidents of \"challenging\" behaviour; a risk assessment indicates that the behaviour does not pose a risk to self, others or property or create a barrier to intervention, and the individual is compliant with all aspects of their care."),
        D("chc.behaviour.b.predictable", ChcDomain.Behaviour, ChcLevel.B, "Some incidents of \"challenging\" behaviour that follow a predictable pattern and can be managed by skilled carers or care workers who are able to maintain a level of behaviour that does not pose a risk; the individual is nearly always compliant with care."),
        D("chc.behaviour.a.predictable-risk", ChcDomain.Behaviour, ChcLevel.A, "\"Challenging\" behaviour of a type and/or frequency that poses a predictable risk to self, others or property; planned interventions are effective in minimising but not always eliminating risks, and compliance is variable."),

        D("chc.drug-therapies.c.managed", ChcDomain.DrugTherapies, ChcLevel.C, "Symptoms are managed effectively and without any problems, and medication is not resulting in any unmanageable side-effects."),
        D("chc.drug-therapies.c.supervision", ChcDomain.DrugTherapies, ChcLevel.C, "Requires supervision/administration of and/or prompting with medication but shows compliance with medication regime."),
        D("chc.drug-therapies.b.administration", ChcDomain.DrugTherapies, ChcLevel.B, "Requires the administration of medication (by a registered nurse, carer or care worker) due to non-compliance, type of medication (for example insulin) or route of medication (for example PEG)."),
        D("chc.drug-therapies.b.moderate-symptoms", ChcDomain.DrugTherapies, ChcLevel.B, "Moderate pain which follows a predictable pattern, or other symptoms which are having a moderate effect on other domains or on the provision of care."),
        D("chc.drug-therapies.a.trained-monitoring", ChcDomain.DrugTherapies, ChcLevel.A, "Requires administration and monitoring of medication regime by a registered nurse, carer or care worker specifically trained for this task, because of risks from the potential fluctuation of the medical condition or mental state, or from side-effects."),
        D("chc.drug-therapies.a.significant-symptoms", ChcDomain.DrugTherapies, ChcLevel.A, "Moderate pain or other symptoms which is/are having a significant effect on other domains or on the provision of care."),

        D("chc.altered-states.c.none", ChcDomain.AlteredStatesOfConsciousness, ChcLevel.C, "No evidence of altered states of consciousness (ASC)."),
        D("chc.altered-states.c.managed", ChcDomain.AlteredStatesOfConsciousness, ChcLevel.C, "History of ASC but it is effectively managed and there is a low risk of harm."),
        D("chc.altered-states.b.occasional", ChcDomain.AlteredStatesOfConsciousness, ChcLevel.B, "Occasional (monthly or less frequently) episodes of ASC that require the supervision of a carer or care worker to minimise the risk of harm."),
        D("chc.altered-states.a.frequent", ChcDomain.AlteredStatesOfConsciousness, ChcLevel.A, "Frequent episodes of ASC that require the supervision of a carer or care worker to minimise the risk of harm."),
        D("chc.altered-states.a.skilled-intervention", ChcDomain.AlteredStatesOfConsciousness, ChcLevel.A, "Occasional ASCs that require skilled intervention to reduce the risk of harm."),
    ];

    private static readonly FrozenDictionary<string, ChcDescriptor> ById = All.ToFrozenDictionary(descriptor => descriptor.Id, StringComparer.Ordinal);

    /// <summary>The descriptor with this id, or null when there is none.</summary>
    public static ChcDescriptor? Find(string id) => ById.GetValueOrDefault(id);

    /// <summary>The descriptor with this id; the domain rules name only ids in the table, which a test checks.</summary>
    internal static ChcDescriptor Get(string id) =>
        ById.TryGetValue(id, out var descriptor) ? descriptor : throw new KeyNotFoundException($"No Checklist descriptor has the id '{id}'.");

    private static ChcDescriptor D(string id, ChcDomain domain, ChcLevel level, string text) => new()
    {
        Id = id,
        Domain = domain,
        Level = level,
        Text = text,
        Reference = $"{Source}: {ChcDomainNames.Of(domain)}, level {level}",
    };
}
