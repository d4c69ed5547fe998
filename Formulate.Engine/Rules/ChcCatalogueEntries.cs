using Formulate.Engine.Chc;

namespace Formulate.Engine.Rules;

/// <summary>
/// The rules of the NHS Continuing Healthcare Checklist prediction: one per Checklist domain and the national threshold.
/// The prediction carries no rule ids of its own (it reports a level per <see cref="ChcDomain"/>), so this file is the one
/// place that names them and ties each to its domain; when the domain rules are rewritten, re-point the entries here.
/// </summary>
public static class ChcCatalogueEntries
{
    public static readonly RuleEntry Breathing = new()
    {
        Id = "chc.breathing",
        Kind = RuleKind.Chc,
        Label = "Breathing",
        Paragraphs = ["The breathing domain is predicted from the Needs Profile: A for breathing episodes that need skilled intervention; B for shortness of breath that needs help, or for oxygen therapy; C otherwise, or when no health needs are recorded."],
        Reference = "National Framework for NHS Continuing Healthcare and NHS-funded Nursing Care (2018, revised 2022): the Checklist's breathing domain",
    };

    public static readonly RuleEntry Nutrition = new()
    {
        Id = "chc.nutrition",
        Kind = RuleKind.Chc,
        Label = "Nutrition",
        Paragraphs = ["The nutrition domain is predicted from the Needs Profile: A for problems with a feeding device that need skilled review; B for weight loss or swallowing problems, or for feeding through a tube; C otherwise."],
        Reference = "National Framework for NHS Continuing Healthcare and NHS-funded Nursing Care (2018, revised 2022): the Checklist's nutrition domain",
    };

    public static readonly RuleEntry Continence = new()
    {
        Id = "chc.continence",
        Kind = RuleKind.Chc,
        Label = "Continence",
        Paragraphs = ["The continence domain is predicted from the Needs Profile: A for continence care that needs timely, skilled intervention; B for continence needs that need a routine of care; C otherwise."],
        Reference = "National Framework for NHS Continuing Healthcare and NHS-funded Nursing Care (2018, revised 2022): the Checklist's continence domain",
    };

    public static readonly RuleEntry SkinIntegrity = new()
    {
        Id = "chc.skin-integrity",
        Kind = RuleKind.Chc,
        Label = "Skin integrity",
        Paragraphs = ["The skin integrity domain is predicted from the Needs Profile: A for an open wound or serious pressure damage; B for broken skin or minor pressure damage; C otherwise."],
        Reference = "National Framework for NHS Continuing Healthcare and NHS-funded Nursing Care (2018, revised 2022): the Checklist's skin integrity domain",
    };

    public static readonly RuleEntry Mobility = new()
    {
        Id = "chc.mobility",
        Kind = RuleKind.Chc,
        Label = "Mobility",
        Paragraphs = ["The mobility domain is predicted from the Needs Profile: A for a high risk of falls shown by a history of falls, or for someone who cannot bear weight and needs two carers to transfer; B for someone who cannot consistently bear weight; C otherwise."],
        Reference = "National Framework for NHS Continuing Healthcare and NHS-funded Nursing Care (2018, revised 2022): the Checklist's mobility domain",
    };

    public static readonly RuleEntry Communication = new()
    {
        Id = "chc.communication",
        Kind = RuleKind.Chc,
        Label = "Communication",
        Paragraphs = ["The communication domain is predicted from the Needs Profile: A for someone who cannot reliably communicate their needs even with support; B for someone who needs help to communicate; C otherwise."],
        Reference = "National Framework for NHS Continuing Healthcare and NHS-funded Nursing Care (2018, revised 2022): the Checklist's communication domain",
    };

    public static readonly RuleEntry PsychologicalAndEmotional = new()
    {
        Id = "chc.psychological-emotional",
        Kind = RuleKind.Chc,
        Label = "Psychological and emotional needs",
        Paragraphs = ["The psychological and emotional needs domain is predicted from the Needs Profile: A for distress that has a severe effect on health and wellbeing; B for mood or anxiety that affects daily life, or for someone withdrawn from care; C otherwise."],
        Reference = "National Framework for NHS Continuing Healthcare and NHS-funded Nursing Care (2018, revised 2022): the Checklist's psychological and emotional needs domain",
    };

    public static readonly RuleEntry Cognition = new()
    {
        Id = "chc.cognition",
        Kind = RuleKind.Chc,
        Label = "Cognition",
        Paragraphs = ["The cognition domain is predicted from the Needs Profile: A for someone who cannot assess basic risks even with supervision; B for cognitive impairment that needs supervision or prompting; C otherwise."],
        Reference = "National Framework for NHS Continuing Healthcare and NHS-funded Nursing Care (2018, revised 2022): the Checklist's cognition domain",
    };

    public static readonly RuleEntry Behaviour = new()
    {
        Id = "chc.behaviour",
        Kind = RuleKind.Chc,
        Label = "Behaviour",
        Paragraphs = ["The behaviour domain is predicted from the Needs Profile: A for behaviour with a predictable, serious risk to the person or others; B for frequent behaviour that needs a planned response; C otherwise."],
        Reference = "National Framework for NHS Continuing Healthcare and NHS-funded Nursing Care (2018, revised 2022): the Checklist's behaviour domain",
    };

    public static readonly RuleEntry DrugTherapies = new()
    {
        Id = "chc.drug-therapies",
        Kind = RuleKind.Chc,
        Label = "Drug therapies and medication: symptom control",
        Paragraphs = ["The drug therapies and medication: symptom control domain is predicted from the Needs Profile: A for symptoms or pain that are unstable and need skilled monitoring; B for medicines that need monitoring or complex administration; C otherwise."],
        Reference = "National Framework for NHS Continuing Healthcare and NHS-funded Nursing Care (2018, revised 2022): the Checklist's drug therapies and medication: symptom control domain",
    };

    public static readonly RuleEntry AlteredStatesOfConsciousness = new()
    {
        Id = "chc.altered-states",
        Kind = RuleKind.Chc,
        Label = "Altered states of consciousness",
        Paragraphs = ["The altered states of consciousness domain is predicted from the Needs Profile: A for frequent episodes with a risk of harm; B for episodes that need supervision; C otherwise."],
        Reference = "National Framework for NHS Continuing Healthcare and NHS-funded Nursing Care (2018, revised 2022): the Checklist's altered states of consciousness domain",
    };

    public static readonly RuleEntry Threshold = new()
    {
        Id = "chc.threshold",
        Kind = RuleKind.Chc,
        Label = "The Checklist threshold for a full assessment",
        Paragraphs =
        [
            "A full Checklist is recommended when the predicted levels show two or more domains at A, five or more at B, one at A and four at B, or an A in a priority domain (breathing, behaviour, drug therapies or altered states of consciousness).",
        ],
        Reference = "National Framework for NHS Continuing Healthcare and NHS-funded Nursing Care (2018, revised 2022): the Checklist threshold for referral to a full assessment of eligibility",
    };

    public static IReadOnlyList<RuleEntry> All { get; } =
    [
        Breathing, Nutrition, Continence, SkinIntegrity, Mobility, Communication,
        PsychologicalAndEmotional, Cognition, Behaviour, DrugTherapies, AlteredStatesOfConsciousness, Threshold,
    ];

    /// <summary>The entry of a Checklist domain's prediction.</summary>
    public static RuleEntry For(ChcDomain domain) => domain switch
    {
        ChcDomain.Breathing => Breathing,
        ChcDomain.Nutrition => Nutrition,
        ChcDomain.Continence => Continence,
        ChcDomain.SkinIntegrity => SkinIntegrity,
        ChcDomain.Mobility => Mobility,
        ChcDomain.Communication => Communication,
        ChcDomain.PsychologicalAndEmotional => PsychologicalAndEmotional,
        ChcDomain.Cognition => Cognition,
        ChcDomain.Behaviour => Behaviour,
        ChcDomain.DrugTherapies => DrugTherapies,
        ChcDomain.AlteredStatesOfConsciousness => AlteredStatesOfConsciousness,
        _ => throw new ArgumentOutOfRangeException(nameof(domain), domain, "Not a Checklist domain"),
    };
}
