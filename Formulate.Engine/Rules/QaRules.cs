namespace Formulate.Engine.Rules;

/// <summary>
/// The quality-assurance rules. Each one's prose is the statement a practitioner sees when it applies (QA13 names the
/// outcome in its statement); when it applies, and how serious it is, are in <see cref="Quality.QaRuleCatalogue"/>.
/// </summary>
public static class QaRules
{
    public static readonly RuleEntry QA01 = new()
    {
        Id = "QA01",
        Kind = RuleKind.QualityAssurance,
        Label = "Eligibility not decided",
        Paragraphs = ["Eligibility has not been decided. Decide whether the person has eligible needs under the Care Act before relying on this estimate."],
        Reference = "Care Act 2014 s.13 (the eligibility determination)",
    };

    public static readonly RuleEntry QA02 = new()
    {
        Id = "QA02",
        Kind = RuleKind.QualityAssurance,
        Label = "Fewer than two outcomes need help",
        Paragraphs = ["Fewer than two Care Act outcomes are recorded as needing help. Check the eligibility decision and the answers about each outcome."],
        Reference = "Care and Support (Eligibility Criteria) Regulations 2015 (SI 2015/313) reg 2(1)(b): unable to achieve two or more outcomes",
    };

    public static readonly RuleEntry QA03 = new()
    {
        Id = "QA03",
        Kind = RuleKind.QualityAssurance,
        Label = "Personal care with no time of day",
        Paragraphs = ["Help with personal care is needed but no time of day is chosen. Choose when help is needed; one visit a day has been assumed."],
        Reference = "Care Act 2014 s.9 (the needs assessment); Care and support statutory guidance ch.6 (assessment and eligibility)",
    };

    public static readonly RuleEntry QA04 = new()
    {
        Id = "QA04",
        Kind = RuleKind.QualityAssurance,
        Label = "Two carers for someone who bears their own weight",
        Paragraphs = ["Two carers are recorded for moving the person, but they fully bear their own weight. Check both answers."],
        Reference = "Care Act 2014 s.9 (the needs assessment); Care and support statutory guidance ch.6 (assessment and eligibility)",
    };

    public static readonly RuleEntry QA05 = new()
    {
        Id = "QA05",
        Kind = RuleKind.QualityAssurance,
        Label = "Frequent falls without equipment",
        Paragraphs = ["Frequent falls are recorded but no equipment is in place. Consider an occupational therapy assessment."],
        Reference = "Care Act 2014 s.2 (preventing needs, including equipment and adaptations)",
    };

    public static readonly RuleEntry QA06 = new()
    {
        Id = "QA06",
        Kind = RuleKind.QualityAssurance,
        Label = "Memory problems without help with medicines",
        Paragraphs = ["Significant memory problems are recorded but no help with medicines. Check who makes sure medicines are taken safely."],
        Reference = "Care Act 2014 s.9 (the needs assessment); Care and support statutory guidance ch.6 (assessment and eligibility)",
    };

    public static readonly RuleEntry QA07 = new()
    {
        Id = "QA07",
        Kind = RuleKind.QualityAssurance,
        Label = "High-risk behaviour without a need for safety at home",
        Paragraphs = ["Behaviour with a high risk is recorded but no need to use the home safely. Check the answers about safety at home."],
        Reference = "Care Act 2014 s.9 (the needs assessment); Care and support statutory guidance ch.6 (assessment and eligibility)",
    };

    public static readonly RuleEntry QA08 = new()
    {
        Id = "QA08",
        Kind = RuleKind.QualityAssurance,
        Label = "A sleep-in for someone who needs a person awake",
        Paragraphs = ["The person needs someone awake at night but sleep-in support is chosen. A waking night is usually needed."],
        Reference = "Care Act 2014 s.9 (the needs assessment); Care and support statutory guidance ch.6 (assessment and eligibility); council practice on night support",
    };

    public static readonly RuleEntry QA09 = new()
    {
        Id = "QA09",
        Kind = RuleKind.QualityAssurance,
        Label = "Living alone with a carer who lives with them",
        Paragraphs = ["The person is recorded as living alone, but their unpaid carer is recorded as living with them. Check the living situation."],
        Reference = "Care Act 2014 s.9 (the needs assessment); Care and support statutory guidance ch.6 (assessment and eligibility)",
    };

    public static readonly RuleEntry QA10 = new()
    {
        Id = "QA10",
        Kind = RuleKind.QualityAssurance,
        Label = "No carer's assessment offered for support at risk",
        Paragraphs = ["Unpaid support is at risk or not sustainable and no carer's assessment has been offered. Offer the carer an assessment."],
        Reference = "Care Act 2014 s.10 (carer's assessment)",
    };

    public static readonly RuleEntry QA11 = new()
    {
        Id = "QA11",
        Kind = RuleKind.QualityAssurance,
        Label = "Carer not sustainable but support recorded as sustainable",
        Paragraphs = ["The carer's situation is recorded as not sustainable, but some of their support is recorded as sustainable. Check the answers for each outcome."],
        Reference = "Care Act 2014 s.10 (carer's assessment); Care Act 2014 s.9 (the needs assessment); Care and support statutory guidance ch.6 (assessment and eligibility)",
    };

    public static readonly RuleEntry QA12 = new()
    {
        Id = "QA12",
        Kind = RuleKind.QualityAssurance,
        Label = "A young carer",
        Paragraphs = ["The unpaid carer is under 18. Offer a young carer's needs assessment and check whether the support they give is appropriate."],
        Reference = "Children Act 1989 s.17ZA (young carer's needs assessment); Care and support statutory guidance ch.6 (a whole-family approach)",
    };

    public static readonly RuleEntry QA13 = new()
    {
        Id = "QA13",
        Kind = RuleKind.QualityAssurance,
        Label = "A lot of help needed but met by the person's strengths",
        Paragraphs = ["The person needs a lot of help with one of the Care Act outcomes, but it is recorded as met entirely by their own strengths; the statement names the outcome."],
        Reference = "Care Act 2014 s.9 (the needs assessment); Care and support statutory guidance ch.6 (assessment and eligibility)",
    };

    public static readonly RuleEntry QA14 = new()
    {
        Id = "QA14",
        Kind = RuleKind.QualityAssurance,
        Label = "Weight loss or swallowing problems without a need with eating and drinking",
        Paragraphs = ["Weight loss, swallowing problems or a feeding device are recorded but no need with eating and drinking. Check the answers about nutrition."],
        Reference = "Care Act 2014 s.9 (the needs assessment); Care and support statutory guidance ch.6 (assessment and eligibility)",
    };

    public static readonly RuleEntry QA15 = new()
    {
        Id = "QA15",
        Kind = RuleKind.QualityAssurance,
        Label = "Continence care without a need with the toilet",
        Paragraphs = ["Continence care is recorded but no need with using the toilet. Check the answers about toilet needs."],
        Reference = "Care Act 2014 s.9 (the needs assessment); Care and support statutory guidance ch.6 (assessment and eligibility)",
    };

    public static readonly RuleEntry QA16 = new()
    {
        Id = "QA16",
        Kind = RuleKind.QualityAssurance,
        Label = "The estimate reached the high-end cap",
        Paragraphs = ["The estimate reached the council's high-end cap, so the amount above it has been taken off. Refer to panel if the person's needs cannot be met within it."],
        Parameters = ["cap.community_weekly"],
        Reference = "Council policy on the high-end cap and referral to panel",
    };

    public static readonly RuleEntry QA17 = new()
    {
        Id = "QA17",
        Kind = RuleKind.QualityAssurance,
        Label = "The estimate was raised to the minimum budget",
        Paragraphs = ["The estimate was below the council's minimum budget and has been raised to it."],
        Parameters = ["minimum.weekly_budget"],
        Reference = "Council policy on the minimum weekly budget",
    };

    public static readonly RuleEntry QA18 = new()
    {
        Id = "QA18",
        Kind = RuleKind.QualityAssurance,
        Label = "No paid support estimated",
        Paragraphs = ["No paid support is estimated: every need is met by the person's strengths, community resources or unpaid support. Check this is right."],
        Reference = "Care Act 2014 s.18(7) (needs met by a carer); Care Act 2014 s.9 (the needs assessment); Care and support statutory guidance ch.6 (assessment and eligibility)",
    };

    public static readonly RuleEntry QA19 = new()
    {
        Id = "QA19",
        Kind = RuleKind.QualityAssurance,
        Label = "Shared supervision in supported living",
        Paragraphs = ["In supported living, shared support is estimated as an equal share of supervision hours. Check it against the scheme's cost model."],
        Parameters = ["policy.supported_living.share_core_hours"],
        Reference = "Council policy on sharing supervision hours in supported living",
    };

    public static readonly RuleEntry QA20 = new()
    {
        Id = "QA20",
        Kind = RuleKind.QualityAssurance,
        Label = "Hearing or dual sensory support without a communication difficulty",
        Paragraphs = ["The primary support reason is hearing or dual sensory support, but no difficulty communicating is recorded. Check the answers about communication."],
        Reference = "Care Act 2014 s.9 (the needs assessment); Care and support statutory guidance ch.6 (assessment and eligibility)",
    };

    public static readonly RuleEntry QA21 = new()
    {
        Id = "QA21",
        Kind = RuleKind.QualityAssurance,
        Label = "Cannot go out but no need to use the local community",
        Paragraphs = ["The person cannot go out without help, but no need to use the local community is recorded. Check whether this is an unmet need."],
        Reference = "Care Act 2014 s.9 (the needs assessment); Care and support statutory guidance ch.6 (assessment and eligibility)",
    };

    public static readonly RuleEntry QA22 = new()
    {
        Id = "QA22",
        Kind = RuleKind.QualityAssurance,
        Label = "Night support without a night-time need elsewhere",
        Paragraphs = ["A sleep-in or waking night is needed but no night-time need with personal care, safety or health is recorded elsewhere. Check the night answers."],
        Reference = "Care Act 2014 s.9 (the needs assessment); Care and support statutory guidance ch.6 (assessment and eligibility)",
    };

    public static readonly RuleEntry QA23 = new()
    {
        Id = "QA23",
        Kind = RuleKind.QualityAssurance,
        Label = "Catheter or stoma care for someone recorded as continent",
        Paragraphs = ["Catheter or stoma care is recorded, but the person is recorded as having no problems with continence. Check the continence answers."],
        Reference = "National Framework for NHS Continuing Healthcare and NHS-funded Nursing Care (2018, revised 2022): the Checklist's continence domain; Care Act 2014 s.9 (an assessment of the person's needs)",
    };

    public static readonly RuleEntry QA24 = new()
    {
        Id = "QA24",
        Kind = RuleKind.QualityAssurance,
        Label = "Skilled swallowing care with no need with eating and drinking",
        Paragraphs = ["Swallowing is recorded as needing skilled care, but no need with eating and drinking is recorded. Check the answers about nutrition."],
        Reference = "National Framework for NHS Continuing Healthcare and NHS-funded Nursing Care (2018, revised 2022): the Checklist's nutrition domain; Care Act 2014 s.9 (an assessment of the person's needs)",
    };

    public static readonly RuleEntry QA25 = new()
    {
        Id = "QA25",
        Kind = RuleKind.QualityAssurance,
        Label = "Cannot assist with transfers, yet moves without another person",
        Paragraphs = ["The person is recorded as unable to assist or cooperate with transfers, but as moving between bed, chair and toilet without another person. Check the mobility answers."],
        Reference = "National Framework for NHS Continuing Healthcare and NHS-funded Nursing Care (2018, revised 2022): the Checklist's mobility domain; Care Act 2014 s.9 (an assessment of the person's needs)",
    };

    public static readonly RuleEntry QA26 = new()
    {
        Id = "QA26",
        Kind = RuleKind.QualityAssurance,
        Label = "Frequent skin care with nobody recorded to give it",
        Paragraphs = ["Care to stop the skin breaking down is needed several times a day, but no help to change position and no pressure care task is recorded. Check who gives this care."],
        Reference = "National Framework for NHS Continuing Healthcare and NHS-funded Nursing Care (2018, revised 2022): the Checklist's skin integrity domain; Care Act 2014 s.9 (an assessment of the person's needs)",
    };

    public static readonly RuleEntry QA27 = new()
    {
        Id = "QA27",
        Kind = RuleKind.QualityAssurance,
        Label = "Trained medicines monitoring with no symptoms to control",
        Paragraphs = ["Medicines are recorded as needing giving and monitoring by someone specially trained, but no symptoms needing control are recorded. Check the answers about medicines."],
        Reference = "National Framework for NHS Continuing Healthcare and NHS-funded Nursing Care (2018, revised 2022): the Checklist's drug therapies and medication domain; Care Act 2014 s.9 (an assessment of the person's needs)",
    };

    public static readonly RuleEntry QA28 = new()
    {
        Id = "QA28",
        Kind = RuleKind.QualityAssurance,
        Label = "Altered consciousness needing supervision, yet left alone all day",
        Paragraphs = ["Episodes of altered consciousness need supervision or skilled help, but the person is recorded as able to be left alone all day. Check the answers about safety."],
        Reference = "National Framework for NHS Continuing Healthcare and NHS-funded Nursing Care (2018, revised 2022): the Checklist's altered states of consciousness domain; Care Act 2014 s.9 (an assessment of the person's needs)",
    };

    public static readonly RuleEntry QA29 = new()
    {
        Id = "QA29",
        Kind = RuleKind.QualityAssurance,
        Label = "A breathing device with no health task recorded",
        Paragraphs = ["A tracheostomy or non-invasive ventilation is recorded, but no help with health tasks. Check who manages it and record the task."],
        Reference = "National Framework for NHS Continuing Healthcare and NHS-funded Nursing Care (2018, revised 2022): the Checklist's breathing domain; Care Act 2014 s.9 (an assessment of the person's needs)",
    };

    public static readonly RuleEntry QA30 = new()
    {
        Id = "QA30",
        Kind = RuleKind.QualityAssurance,
        Label = "Breathlessness limiting all daily living with no personal care",
        Paragraphs = ["Breathlessness that limits all daily living is recorded, but no help with washing or dressing. Check the personal care answers."],
        Reference = "National Framework for NHS Continuing Healthcare and NHS-funded Nursing Care (2018, revised 2022): the Checklist's breathing domain; Care Act 2014 s.9 (an assessment of the person's needs)",
    };

    public static readonly RuleEntry QA31 = new()
    {
        Id = "QA31",
        Kind = RuleKind.QualityAssurance,
        Label = "The estimate is above the high-end cap and goes to panel",
        Paragraphs = ["The estimate is above the council's high-end cap. Under the council's policy the full estimate stands and goes to panel: it needs a second approval. Say why the person's needs cannot be met for less."],
        Parameters = ["cap.community_weekly", "policy.above_cap_refer_to_panel"],
        Reference = "Care Act 2014 s.26 (a personal budget sufficient to meet the person's needs); Care and support statutory guidance 11.10 (the amount must be sufficient); council policy on referral to panel",
    };

    public static IReadOnlyList<RuleEntry> All { get; } =
    [
        QA01, QA02, QA03, QA04, QA05, QA06, QA07, QA08, QA09, QA10, QA11,
        QA12, QA13, QA14, QA15, QA16, QA17, QA18, QA19, QA20, QA21, QA22,
        QA23, QA24, QA25, QA26, QA27, QA28, QA29, QA30, QA31,
    ];
}
