namespace Formulate.Engine.Rules;

/// <summary>
/// For each Care Act outcome, what is left of the need once the person's strengths, community resources and sustainable
/// unpaid support are counted. The ten rules work alike, so they share their prose and their heading in the method document.
/// </summary>
public static class RemainingNeedRules
{
    private static readonly IReadOnlyList<string> Prose =
    [
        "For each area of need the practitioner records how much of the need the person's own strengths meet, how much community resources meet, and how much unpaid support from family, friends or neighbours meets (none, some, most or all).",
        "Each answer takes a share off what is left of the need: what is left = (1 − strengths share) × (1 − community share) × (1 − unpaid share × sustainability).",
        "Unpaid support counts in full when it can carry on, by the at-risk share when it is at risk, and not at all when it cannot carry on.",
    ];

    private static readonly IReadOnlyList<string> Reads = ["deduction.", "carer.willing_share."];

    private const string Reference =
        "Care Act 2014 s.9(6) (what else could meet the needs) and s.18(7) (needs met by a carer); Care and Support (Eligibility Criteria) Regulations 2015 (SI 2015/313) reg 2(2)";

    public static readonly RuleEntry Hygiene = new()
    {
        Id = "hygiene.remaining",
        Kind = RuleKind.Step,
        Label = "What is left of the need to keep clean",
        Paragraphs = Prose,
        Parameters = Reads,
        Method = MethodSections.NeedsMetInOtherWays,
        Reference = Reference + "(b)",
    };

    public static readonly RuleEntry Toileting = new()
    {
        Id = "toileting.remaining",
        Kind = RuleKind.Step,
        Label = "What is left of the need to manage toilet needs",
        Paragraphs = Prose,
        Parameters = Reads,
        Method = MethodSections.NeedsMetInOtherWays,
        Reference = Reference + "(c)",
    };

    public static readonly RuleEntry Dressing = new()
    {
        Id = "dressing.remaining",
        Kind = RuleKind.Step,
        Label = "What is left of the need to dress appropriately",
        Paragraphs = Prose,
        Parameters = Reads,
        Method = MethodSections.NeedsMetInOtherWays,
        Reference = Reference + "(d)",
    };

    public static readonly RuleEntry Nutrition = new()
    {
        Id = "nutrition.remaining",
        Kind = RuleKind.Step,
        Label = "What is left of the need to eat and drink well",
        Paragraphs = Prose,
        Parameters = Reads,
        Method = MethodSections.NeedsMetInOtherWays,
        Reference = Reference + "(a)",
    };

    public static readonly RuleEntry HomeEnvironment = new()
    {
        Id = "home_environment.remaining",
        Kind = RuleKind.Step,
        Label = "What is left of the need to keep a habitable home",
        Paragraphs = Prose,
        Parameters = Reads,
        Method = MethodSections.NeedsMetInOtherWays,
        Reference = Reference + "(f)",
    };

    public static readonly RuleEntry HomeSafety = new()
    {
        Id = "home_safety.remaining",
        Kind = RuleKind.Step,
        Label = "What is left of the need to use the home safely",
        Paragraphs = Prose,
        Parameters = Reads,
        Method = MethodSections.NeedsMetInOtherWays,
        Reference = Reference + "(e)",
    };

    public static readonly RuleEntry Relationships = new()
    {
        Id = "relationships.remaining",
        Kind = RuleKind.Step,
        Label = "What is left of the need to keep up relationships",
        Paragraphs = Prose,
        Parameters = Reads,
        Method = MethodSections.NeedsMetInOtherWays,
        Reference = Reference + "(g)",
    };

    public static readonly RuleEntry Community = new()
    {
        Id = "community.remaining",
        Kind = RuleKind.Step,
        Label = "What is left of the need to use the local community",
        Paragraphs = Prose,
        Parameters = Reads,
        Method = MethodSections.NeedsMetInOtherWays,
        Reference = Reference + "(i)",
    };

    public static readonly RuleEntry Work = new()
    {
        Id = "work.remaining",
        Kind = RuleKind.Step,
        Label = "What is left of the need to take part in work or learning",
        Paragraphs = Prose,
        Parameters = Reads,
        Method = MethodSections.NeedsMetInOtherWays,
        Reference = Reference + "(h)",
    };

    public static readonly RuleEntry ChildCare = new()
    {
        Id = "child_care.remaining",
        Kind = RuleKind.Step,
        Label = "What is left of the need to care for a child",
        Paragraphs = Prose,
        Parameters = Reads,
        Method = MethodSections.NeedsMetInOtherWays,
        Reference = Reference + "(j)",
    };

    public static IReadOnlyList<RuleEntry> All { get; } = [Hygiene, Toileting, Dressing, Nutrition, HomeEnvironment, HomeSafety, Relationships, Community, Work, ChildCare];
}
