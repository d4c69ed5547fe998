namespace Formulate.Web.Method;

/// <summary>
/// The formula blocks of the engine, described in plain English from its code (Formulate.Engine/Estimation).
/// The figures themselves are not written here: the document lists them from the parameters in use.
/// </summary>
public static class MethodBlocks
{
    public static IReadOnlyList<MethodBlock> All { get; } =
    [
        new()
        {
            Title = "Needs met in other ways",
            Paragraphs =
            [
                "For each area of need the practitioner records how much of the need the person's own strengths meet, how much community resources meet, and how much unpaid support from family, friends or neighbours meets (none, some, most or all).",
                "Each answer takes a share off what is left of the need: what is left = (1 − strengths share) × (1 − community share) × (1 − unpaid share × sustainability).",
                "Unpaid support counts in full when it can carry on, by the at-risk share when it is at risk, and not at all when it cannot carry on.",
            ],
            ParameterPrefixes = ["deduction."],
        },
        new()
        {
            Title = "Personal care",
            Paragraphs =
            [
                "Washing, using the toilet and getting dressed each have minutes a day for the level of need (prompting, some help, a lot of help, help with everything). Each activity's minutes are reduced by the needs met in other ways.",
                "The minutes are multiplied by the care time factor: the memory and cognition factor × the learning disability factor (when that is the primary support reason) × the transfers factor.",
                "Care is paid as visits of at least the council's minimum visit length. Where less than the planned visits' worth of care is needed, fewer whole minimum-length visits are paid instead of every planned visit. Minutes a day × 7 ÷ 60 gives hours a week, priced at the daily living rate (homecare, or supported living in supported living).",
            ],
            ParameterPrefixes = ["personal_care.minutes.", "factor.cognition.", "factor.learning_disability", "factor.transfers.", "minimum.visit_minutes.personal_care"],
        },
        new()
        {
            Title = "A second carer",
            Paragraphs =
            [
                "Where moving the person safely needs two carers, a share of the personal care hours is paid a second time for the second carer: the whole of it when every transfer needs two people, or the set share when only some do.",
            ],
            ParameterPrefixes = ["two_carers.share."],
        },
        new()
        {
            Title = "Eating and drinking",
            Paragraphs =
            [
                "Minutes per meal for the kind of help (preparing the meal, preparing it and helping, or helping the person to eat) × the factor for the level of need × the memory and learning disability factors, for each meal a day (one, two or three), reduced by the needs met in other ways.",
                "Meals are paid as visits of at least the council's minimum for that kind of help, with fewer whole visits where less is needed.",
            ],
            ParameterPrefixes = ["nutrition.", "minimum.visit_minutes.nutrition."],
        },
        new()
        {
            Title = "Medicines and health tasks",
            Paragraphs =
            [
                "Minutes each time medicines are given (prompting, giving them, or complex medicines) × the times a day, plus minutes a day for each delegated health task (PEG feeding, catheter or stoma care, pressure care).",
                "The total is reduced by the unpaid support with medicines, counted by its sustainability, and priced by the hour at the daily living rate.",
            ],
            ParameterPrefixes = ["medication.minutes.", "health.minutes."],
        },
        new()
        {
            Title = "Household tasks",
            Paragraphs =
            [
                "Hours a week for the level of need in keeping a habitable home, plus hours for laundry and for shopping where they are needed, reduced by the needs met in other ways.",
                "In extra care housing the hours are multiplied by the extra care household factor, since the setting provides part of this help.",
            ],
            ParameterPrefixes = ["home_environment.", "living.extra_care.household_factor"],
        },
        new()
        {
            Title = "Safety and supervision",
            Paragraphs =
            [
                "Hands-on hours a week for the level of need in using the home safely, plus daytime supervision hours by how long the person can be left alone, multiplied by the behaviour factor when behaviour that challenges is present. The total is reduced by the needs met in other ways.",
                "In extra care housing the hours are multiplied by the extra care supervision factor. In supported living, when the council's policy is to share core hours, they are divided among the people who share them.",
            ],
            ParameterPrefixes = ["home_safety.", "factor.behaviour.", "living.extra_care.supervision_factor", "policy.supported_living.share_core_hours"],
        },
        new()
        {
            Title = "Relationships",
            Paragraphs =
            [
                "Hours a week for the level of need in keeping up family and other relationships, reduced by the needs met in other ways, priced at the community support rate.",
            ],
            ParameterPrefixes = ["relationships.hours."],
        },
        new()
        {
            Title = "Getting out into the community",
            Paragraphs =
            [
                "Hours a week for the level of need in using local facilities and services, reduced by the needs met in other ways, priced at the community support rate.",
                "Where the person prefers group day sessions, the hours are turned into whole sessions (rounded up) of the set length and priced per session.",
            ],
            ParameterPrefixes = ["community.hours", "rate.day_opportunity_session"],
        },
        new()
        {
            Title = "Work and learning",
            Paragraphs =
            [
                "Hours a week for the level of need in work, training, education or volunteering, multiplied by the factor for the hours the person works or studies, reduced by the needs met in other ways, priced at the community support rate.",
            ],
            ParameterPrefixes = ["work.hours"],
        },
        new()
        {
            Title = "Caring for a child",
            Paragraphs =
            [
                "Hours a week for the level of need in caring for a child, multiplied by the factor for the child's age, reduced by the needs met in other ways, priced at the daily living rate.",
            ],
            ParameterPrefixes = ["child_care."],
        },
        new()
        {
            Title = "Support at night",
            Paragraphs =
            [
                "Occasional needs at night are met by a short call each night: minutes a night × 7 ÷ 60 hours a week.",
                "Regular or continuous needs are met by sleep-in nights or waking nights, for the nights a week needed. A waking night is its hours a night × the waking night hourly rate; a sleep-in night is the sleep-in rate. Unpaid help at night reduces the nights, counted by its sustainability.",
            ],
            ParameterPrefixes = ["night.", "rate.sleep_in_night", "rate.waking_night_hour"],
        },
        new()
        {
            Title = "Breaks for the unpaid carer",
            Paragraphs =
            [
                "When the person has an unpaid carer who needs breaks, the weeks of respite a year for how often breaks are needed × the respite week rate ÷ 52 gives an amount a week.",
                "It is never more each week than the paid care that the carer's support replaces, so counting a carer can never make an estimate higher than not counting them.",
            ],
            ParameterPrefixes = ["carer_breaks.", "rate.respite_week"],
        },
        new()
        {
            Title = "Care home placement",
            Paragraphs =
            [
                "For a person in a residential or nursing home, the hours of care they would need (without counting unpaid support) × the care home hours factor, plus any one-to-one hours, decide the band; behaviour at high risk raises the band to at least 2, and at severe risk to 3.",
                "Bands 1 and 2 get the council's banded weekly fee. Band 3 gets the care hours × the care home staff rate plus the non-staffing costs, and never less than band 2. NHS-funded nursing care is paid by the NHS on top and is not part of the budget. Unpaid support, the cap and the minimum budget do not apply.",
            ],
            ParameterPrefixes = ["care_home.", "rate.care_home", "nhs.funded_nursing_care_weekly", "policy.care_homes_estimated"],
        },
        new()
        {
            Title = "Shared Lives arrangement",
            Paragraphs =
            [
                "In a Shared Lives arrangement the Shared Lives carer, who shares the person's home, meets daily living needs and is there at night. The hours of daily living support the person would need decide the band, and the budget is the council's weekly Shared Lives fee for that band in place of those areas. Waking nights, where someone must stay awake all night, are not part of the fee and are paid on top.",
            ],
            ParameterPrefixes = ["shared_lives.", "rate.shared_lives."],
        },
        new()
        {
            Title = "The cap and the minimum budget",
            Paragraphs =
            [
                "For support at home, when the areas add up to more than the council's high-end cap, an adjustment brings the estimate down to the cap; when they add up to less than the minimum weekly budget, an adjustment raises it to the minimum. Adjustments are listed beside the areas.",
            ],
            ParameterPrefixes = ["cap.community_weekly", "minimum.weekly_budget"],
        },
        new()
        {
            Title = "Rounding",
            Paragraphs =
            [
                "Units of care are rounded to two decimal places, half away from zero. Each area's money is units × rate (÷ 52 for units counted by the year), rounded once to the council's rounding increment, half away from zero.",
                "The weekly estimate is the exact sum of the areas and adjustments, so the allocation summary always adds up.",
            ],
            ParameterPrefixes = ["rounding.increment"],
        },
    ];
}
