namespace Formulate.Engine.Rules;

/// <summary>
/// The steps and areas of the care-as-planned formula (formulate-core@2026.1) that the by-activity formula does not have.
/// Areas both formulas give (household, safety, nights, Shared Lives, care homes, carer breaks) keep their entries.
/// </summary>
public static class PlannedRules
{
    private const string PlanningReference =
        "Care Act 2014 s.24 to 26 (the care and support plan and the personal budget); Care and Support Statutory Guidance chapter 11 (personal budgets: the amount must be sufficient to meet the needs in the plan)";

    public static readonly RuleEntry DailyTasks = new()
    {
        Id = "daily-tasks",
        Kind = RuleKind.Step,
        Label = "Care tasks at each time of day",
        Paragraphs =
        [
            "For each time of day (morning, midday, teatime, bedtime) the minutes of each task done then: personal care (washing and dressing in the morning and at bedtime, with a morning call planned for them though none is recorded; the toilet at every personal care call) × the care time factor; a meal (minutes for the kind of help × the level of need × the memory and learning disability factors); medicines (minutes for the kind of help). The level of need implies calls as well as their length: help with the toilet beyond prompting means a call at each time of day, and help to dress beyond prompting a bedtime call, whether or not those times are recorded. Each is reduced by the unpaid help with it, counted by its sustainability and the carer's willingness; where what is left is no more than the share a family is taken to do in full (a carer does not call for a small part of a task the family does most of), none of it is booked.",
            "Delegated health tasks are done in the morning. Two carers are needed at every call when every transfer needs two (moving the person to eat or take medicines needs two as well), or at the morning and bedtime personal care calls when some do; where the council counts on it, a willing family member who lives with the person is the second.",
        ],
        Parameters = ["calls.minutes.", "calls.family_takes_task_share", "policy.family_as_second_carer", "nutrition.minutes_per_meal.", "nutrition.level_factor.", "medication.minutes.", "health.minutes.", "deduction.unpaid.", "deduction.sustainability.", "carer.willing_share."],
        Method = PlannedMethodSections.Calls,
        Reference = "SI 2015/313 reg 2(2)(a) to (d): nutrition, hygiene, toilet needs, being appropriately clothed; Care Act 2014 s.22 (health care incidental to care)",
    };

    public static readonly RuleEntry Calls = new()
    {
        Id = "calls",
        Kind = RuleKind.Area,
        Label = "Calls at home: personal care, meals and medicines",
        LineLabel = "Calls at home",
        LetterPhrase = "Visits from care workers at home",
        Paragraphs =
        [
            "Care at home is booked as calls. A call is as long as its heaviest task (personal care, a meal or medicines), in the council's booking blocks and never shorter than its minimum call; a meal or medicines given during a personal care call add nothing, and a meal or medicine time with no personal care call is a call of its own.",
            "Minutes of calls a day × 7 ÷ 60 gives hours a week, at the homecare rate, or the personal assistant rate where a direct payment employs one.",
        ],
        Parameters = ["calls.minimum_minutes", "calls.booking_increment_minutes", "rate.home_care", "rate.personal_assistant"],
        Method = PlannedMethodSections.Calls,
        Reference = PlanningReference,
    };

    public static readonly RuleEntry CoreHours = new()
    {
        Id = "core-hours",
        Kind = RuleKind.Area,
        Label = "Core hours shared by the people in the setting",
        LineLabel = "Shared core support",
        LetterPhrase = "Your share of the support staff who are there for everyone where you live",
        Paragraphs =
        [
            "In supported living the council's core hours for the house are divided among the people who live there; a person who shares with no one has no core hours and all their support is one to one. In extra care housing each person has the council's core hours per flat.",
        ],
        Parameters = ["core_hours.", "rate.supported_living", "rate.home_care"],
        Method = PlannedMethodSections.CoreAndOneToOne,
        Reference = PlanningReference,
    };

    public static readonly RuleEntry OneToOne = new()
    {
        Id = "one-to-one",
        Kind = RuleKind.Area,
        Label = "One-to-one hours",
        LineLabel = "One-to-one support",
        LetterPhrase = "Support just for you",
        Paragraphs =
        [
            "Hours for behaviour that challenges (by its risk, × a factor for how often it happens, × a further factor when it is hard to predict), supervision beyond the core hours by how long the person can be left alone (less in extra care housing), hands-on safety hours, and in supported living the share of the day's care tasks the core staff do not give (all of them where the person shares with no one or the council funds no core hours).",
        ],
        Parameters = ["one_to_one.", "home_safety.hours.", "living.extra_care.supervision_factor", "supported_living.core_share_of_tasks", "core_hours.supported_living", "rate.supported_living", "rate.home_care"],
        Method = PlannedMethodSections.CoreAndOneToOne,
        Reference = "SI 2015/313 reg 2(2)(e) and 2(3)(c): using the home safely, and needs whose neglect would endanger the adult or others",
    };

    public static readonly RuleEntry CommunityDays = new()
    {
        Id = "community-days",
        Kind = RuleKind.Area,
        Label = "Days out in the community or at a day service",
        LineLabel = "Community support and day services",
        LetterPhrase = "Support to get out and about, or at a day service",
        Paragraphs =
        [
            "Days or sessions a week. At a day service each is a session at the council's session cost (standard, or enhanced for a lot of help or more); with a worker one to one each day is hours for the level of need at the community support rate.",
            "Community resources and unpaid help reduce the days, except where the days are a break for the unpaid carer.",
        ],
        Parameters = ["community.hours_per_day.", "rate.community_support", "rate.day_service_session."],
        Method = PlannedMethodSections.Days,
        Reference = "SI 2015/313 reg 2(2)(i): making use of necessary facilities or services in the local community",
    };

    public static readonly RuleEntry WorkDays = new()
    {
        Id = "work-days",
        Kind = RuleKind.Area,
        Label = "Support at work, volunteering or learning",
        LineLabel = "Support at work or learning",
        LetterPhrase = "Support at work, volunteering or learning",
        Paragraphs = ["Days a week × hours a day for the level of need, reduced by the needs met in other ways, at the community support rate."],
        Parameters = ["work.hours_per_day.", "rate.community_support"],
        Method = PlannedMethodSections.Days,
        Reference = "SI 2015/313 reg 2(2)(h): accessing and engaging in work, training, education or volunteering",
    };

    public static readonly RuleEntry CareHours = new()
    {
        Id = "care-hours",
        Kind = RuleKind.Step,
        Label = "Care hours, for the band",
        Paragraphs =
        [
            "The hours of care a week the person needs wherever they live, before unpaid help: the day's care tasks and any second carer, hands-on safety hours, supervision × the behaviour factor, and nights (an occasional need as night calls; each regular night as the hours a sleep-in or waking night counts for). Household hours count too for Shared Lives. More need never lowers the hours, so it never lowers a band.",
        ],
        Parameters = ["home_safety.hours.", "home_safety.supervision_hours.", "night.", "home_environment.hours.", "home_environment.extra_hours."],
        Method = PlannedMethodSections.CareHours,
        Reference = PlanningReference,
    };

    public static readonly RuleEntry CareHomeOneToOne = new()
    {
        Id = "care-home-one-to-one",
        Kind = RuleKind.Area,
        Label = "One-to-one hours in a care home",
        LineLabel = "One-to-one hours in the care home",
        LetterPhrase = "Support just for you in the care home",
        Paragraphs = ["Hours a week of one-to-one support on top of the home's fee, at the council's one-to-one rate."],
        Parameters = ["care_home.one_to_one_hours.", "rate.care_home.one_to_one_hour"],
        Method = PlannedMethodSections.CareHome,
        Reference = "Care Act 2014 s.8(1)(a); council care home fee schedule (additional one-to-one hours)",
    };

    public static IReadOnlyList<RuleEntry> Steps { get; } = [DailyTasks, CareHours];

    public static IReadOnlyList<RuleEntry> Areas { get; } = [Calls, CoreHours, OneToOne, CommunityDays, WorkDays, CareHomeOneToOne];
}
