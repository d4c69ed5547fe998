namespace Formulate.Engine.Rules;

/// <summary>The formula blocks, one per area of need: each is a trace step and gives the allocation summary's lines.</summary>
public static class AreaRules
{
    public static readonly RuleEntry PersonalCare = new()
    {
        Id = "personal-care",
        Kind = RuleKind.Area,
        Label = "Personal care: washing, using the toilet and dressing",
        LineLabel = "Personal care",
        LetterPhrase = "Help with personal care",
        Paragraphs =
        [
            "Washing, using the toilet and getting dressed each have minutes a day for the level of need (prompting, some help, a lot of help, help with everything). Each activity's minutes are reduced by the needs met in other ways.",
            "The minutes are multiplied by the care time factor: the memory and cognition factor × the learning disability factor (when that is the primary support reason) × the transfers factor.",
            "Care is paid as visits of at least the council's minimum visit length. Where less than the planned visits' worth of care is needed, fewer whole minimum-length visits are paid instead of every planned visit. Minutes a day × 7 ÷ 60 gives hours a week, priced at the daily living rate (homecare, or supported living in supported living).",
        ],
        Parameters = ["personal_care.minutes.", "minimum.visit_minutes.personal_care", "rate.home_care", "rate.supported_living"],
        Method = MethodSections.PersonalCare,
        Reference = "Care and Support (Eligibility Criteria) Regulations 2015 (SI 2015/313) reg 2(2)(b) to (d): personal hygiene, toilet needs, being appropriately clothed",
    };

    public static readonly RuleEntry SecondCarer = new()
    {
        Id = "second-carer",
        Kind = RuleKind.Area,
        Label = "A second carer where moving the person safely needs two people",
        LineLabel = "A second carer for moving safely",
        LetterPhrase = "A second carer to help you move safely",
        Paragraphs =
        [
            "Where moving the person safely needs two carers, a share of the personal care hours is paid a second time for the second carer: the whole of it when every transfer needs two people, or the set share when only some do.",
        ],
        Parameters = ["two_carers.share.", "rate.home_care", "rate.supported_living", "rate.personal_assistant"],
        Method = MethodSections.SecondCarer,
        Reference = "SI 2015/313 reg 2(2)(b) to (d) and reg 2(3)(c) (achieving an outcome without help would endanger the adult or others); council policy on double-handed visits",
    };

    public static readonly RuleEntry EatingAndDrinking = new()
    {
        Id = "eating-drinking",
        Kind = RuleKind.Area,
        Label = "Eating and drinking: preparing meals and help to eat and drink",
        LineLabel = "Eating and drinking",
        LetterPhrase = "Help with eating and drinking",
        Paragraphs =
        [
            "Minutes per meal for the kind of help (preparing the meal, preparing it and helping, or helping the person to eat) × the factor for the level of need × the memory and learning disability factors, for each meal a day (one, two or three), reduced by the needs met in other ways.",
            "Meals are paid as visits of at least the council's minimum for that kind of help, with fewer whole visits where less is needed.",
        ],
        Parameters = ["nutrition.minutes_per_meal.", "nutrition.level_factor.", "minimum.visit_minutes.nutrition.", "rate.home_care", "rate.supported_living"],
        Method = MethodSections.EatingAndDrinking,
        Reference = "SI 2015/313 reg 2(2)(a): managing and maintaining nutrition",
    };

    public static readonly RuleEntry Medication = new()
    {
        Id = "medication-health",
        Kind = RuleKind.Area,
        Label = "Medicines and health tasks",
        LineLabel = "Medicines and health tasks",
        LetterPhrase = "Help with medicines and health tasks",
        Paragraphs =
        [
            "Minutes each time medicines are given (prompting, giving them, or complex medicines) × the times a day, plus minutes a day for each delegated health task (PEG feeding, catheter or stoma care, pressure care).",
            "The total is reduced by the unpaid support with medicines, counted by its sustainability, and priced by the hour at the daily living rate.",
        ],
        Parameters = ["medication.minutes.", "health.minutes.", "deduction.unpaid.", "deduction.sustainability.", "rate.home_care", "rate.supported_living"],
        Method = MethodSections.Medication,
        Reference = "Care Act 2014 s.22 (health care incidental to care and support); SI 2015/313 reg 2(2)(a)",
    };

    public static readonly RuleEntry Household = new()
    {
        Id = "household",
        Kind = RuleKind.Area,
        Label = "Household tasks: cleaning, laundry and shopping",
        LineLabel = "Household tasks",
        LetterPhrase = "Help with jobs around the home",
        Paragraphs =
        [
            "Hours a week for the level of need in keeping a habitable home, plus hours for laundry and for shopping where they are needed, reduced by the needs met in other ways.",
            "In extra care housing the hours are multiplied by the extra care household factor, since the setting provides part of this help.",
        ],
        Parameters = ["home_environment.hours.", "home_environment.extra_hours.", "living.extra_care.household_factor", "rate.home_care", "rate.supported_living", "rate.personal_assistant"],
        Method = MethodSections.Household,
        Reference = "SI 2015/313 reg 2(2)(f): maintaining a habitable home environment",
    };

    public static readonly RuleEntry Safety = new()
    {
        Id = "safety-supervision",
        Kind = RuleKind.Area,
        Label = "Safety and supervision in the home",
        LineLabel = "Safety and supervision",
        LetterPhrase = "Help to stay safe",
        Paragraphs =
        [
            "Hands-on hours a week for the level of need in using the home safely, plus daytime supervision hours by how long the person can be left alone, multiplied by the behaviour factor when behaviour that challenges is present. The total is reduced by the needs met in other ways.",
            "In extra care housing the hours are multiplied by the extra care supervision factor. In supported living, when the council's policy is to share core hours, they are divided among the people who share them.",
        ],
        Parameters = ["home_safety.hours.", "home_safety.supervision_hours.", "home_safety.supervision_bought.", "living.extra_care.supervision_factor", "policy.supported_living.share_core_hours", "rate.home_care", "rate.supported_living", "rate.personal_assistant"],
        Method = MethodSections.Safety,
        Reference = "SI 2015/313 reg 2(2)(e): being able to make use of the adult's home safely; council policy on shared hours in supported living",
    };

    public static readonly RuleEntry Relationships = new()
    {
        Id = "relationships",
        Kind = RuleKind.Area,
        Label = "Keeping up family and other relationships",
        LineLabel = "Relationships",
        LetterPhrase = "Help to see family and friends",
        Paragraphs =
        [
            "Hours a week for the level of need in keeping up family and other relationships, reduced by the needs met in other ways, priced at the community support rate.",
        ],
        Parameters = ["relationships.hours.", "rate.community_support"],
        Method = MethodSections.Relationships,
        Reference = "SI 2015/313 reg 2(2)(g): developing and maintaining family or other personal relationships",
    };

    public static readonly RuleEntry CommunityAccess = new()
    {
        Id = "community-access",
        Kind = RuleKind.Area,
        Label = "Using facilities and services in the local community",
        LineLabel = "Getting out into the community",
        LetterPhrase = "Help to get out and about",
        Paragraphs =
        [
            "Hours a week for the level of need in using local facilities and services, reduced by the needs met in other ways, priced at the community support rate.",
            "Where the person prefers group day sessions, the hours are turned into whole sessions (rounded up) of the set length and priced per session.",
        ],
        Parameters = ["community.hours.", "community.hours_per_session", "rate.community_support", "rate.day_opportunity_session"],
        Method = MethodSections.Community,
        Reference = "SI 2015/313 reg 2(2)(i): making use of necessary facilities or services in the local community",
    };

    public static readonly RuleEntry WorkAndLearning = new()
    {
        Id = "work-learning",
        Kind = RuleKind.Area,
        Label = "Work, training, education and volunteering",
        LineLabel = "Work, training and learning",
        LetterPhrase = "Help with work or learning",
        Paragraphs =
        [
            "Hours a week for the level of need in work, training, education or volunteering, multiplied by the factor for the hours the person works or studies, reduced by the needs met in other ways, priced at the community support rate.",
        ],
        Parameters = ["work.hours.", "work.hours_factor.", "rate.community_support"],
        Method = MethodSections.Work,
        Reference = "SI 2015/313 reg 2(2)(h): accessing and engaging in work, training, education or volunteering",
    };

    public static readonly RuleEntry CaringForChild = new()
    {
        Id = "caring-for-child",
        Kind = RuleKind.Area,
        Label = "Caring responsibilities for a child",
        LineLabel = "Caring for a child",
        LetterPhrase = "Help to look after your child",
        Paragraphs =
        [
            "Hours a week for the level of need in caring for a child, multiplied by the factor for the child's age, reduced by the needs met in other ways, priced at the daily living rate.",
        ],
        Parameters = ["child_care.hours.", "child_care.age_factor.", "rate.home_care", "rate.supported_living", "rate.personal_assistant"],
        Method = MethodSections.ChildCare,
        Reference = "SI 2015/313 reg 2(2)(j): carrying out any caring responsibilities the adult has for a child",
    };

    public static readonly RuleEntry NightSupport = new()
    {
        Id = "night-support",
        Kind = RuleKind.Area,
        Label = "Support at night",
        LineLabel = "Support at night",
        LetterPhrase = "Help at night",
        Paragraphs =
        [
            "Occasional needs at night are met by a short call each night: minutes a night × 7 ÷ 60 hours a week.",
            "Regular or continuous needs are met by sleep-in nights or waking nights, for the nights a week needed. A waking night is its hours a night × the waking night hourly rate; a sleep-in night is the sleep-in rate. Unpaid help at night reduces the nights, counted by its sustainability.",
        ],
        Parameters = ["night.", "deduction.unpaid.", "deduction.sustainability.", "carer.willing_share.", "extra_care.night_sharing", "policy.shared_nights_divided", "rate.sleep_in_night", "rate.waking_night_hour", "rate.home_care", "rate.supported_living", "rate.personal_assistant"],
        Method = MethodSections.Night,
        Reference = "SI 2015/313 reg 2(2)(b), (c) and (e), needs that arise at night; council rates for sleep-in and waking nights",
    };

    public static readonly RuleEntry CarerBreaks = new()
    {
        Id = "carer-breaks",
        Kind = RuleKind.Area,
        Label = "Breaks so that the unpaid carer can keep caring",
        LineLabel = "Breaks for the unpaid carer",
        LetterPhrase = "Breaks for the person who looks after you",
        Paragraphs =
        [
            "When the person has an unpaid carer who needs breaks, the weeks of respite a year for how often breaks are needed × the respite week rate ÷ 52 gives an amount a week.",
            "It is never more each week than the paid care that the carer's support replaces, so counting a carer can never make an estimate higher than not counting them.",
        ],
        Parameters = ["carer_breaks.weeks_per_year.", "rate.respite_week"],
        Method = MethodSections.CarerBreaks,
        Reference = "Care Act 2014 s.10 (carer's assessment) and s.20 (meeting a carer's needs for support)",
    };

    public static readonly RuleEntry CareHome = new()
    {
        Id = "care-home",
        Kind = RuleKind.Area,
        Label = "Care home placement",
        LetterPhrase = "A place in a care home",
        Paragraphs =
        [
            "For a person in a residential or nursing home, the hours of care they would need (without counting unpaid support) × the care home hours factor, plus any one-to-one hours, decide the band; behaviour at high risk raises the band to at least 2, and at severe risk to 3.",
            "Bands 1 and 2 get the council's banded weekly fee. Band 3 gets the care hours × the care home staff rate plus the non-staffing costs, and never less than band 2. NHS-funded nursing care is paid by the NHS on top and is not part of the budget. Unpaid support, the cap and the minimum budget do not apply.",
        ],
        Parameters = ["care_home.", "rate.care_home", "fee.care_home.", "policy.care_home.hours_based_budget", "nhs.funded_nursing_care_weekly"],
        Method = MethodSections.CareHome,
        Reference = "Care Act 2014 s.8(1)(a) (accommodation in a care home); council care home fee bands; NHS-funded nursing care under the National Framework for NHS Continuing Healthcare and NHS-funded Nursing Care",
    };

    public static readonly RuleEntry SharedLives = new()
    {
        Id = "shared-lives",
        Kind = RuleKind.Area,
        Label = "Shared Lives arrangement",
        LineLabel = "Shared Lives arrangement",
        LetterPhrase = "Living with a Shared Lives carer",
        Paragraphs =
        [
            "In a Shared Lives arrangement the Shared Lives carer, who shares the person's home, meets daily living needs and is there at night. The hours of daily living support the person would need decide the band, and the budget is the council's weekly Shared Lives fee for that band in place of those areas. Waking nights, where someone must stay awake all night, are not part of the fee and are paid on top.",
        ],
        Parameters = ["shared_lives.", "rate.shared_lives."],
        Method = MethodSections.SharedLives,
        Reference = "Care Act 2014 s.8 (how needs may be met); council Shared Lives fee bands",
    };

    /// <summary>In the order the method document explains them.</summary>
    public static IReadOnlyList<RuleEntry> All { get; } =
    [
        PersonalCare, SecondCarer, EatingAndDrinking, Medication, Household, Safety, Relationships, CommunityAccess, WorkAndLearning, CaringForChild, NightSupport, CarerBreaks, CareHome, SharedLives,
    ];
}
