using Formulate.Engine.Estimation;

namespace Formulate.Engine.Rules;

/// <summary>
/// The method document's headings that only the care-as-planned formula (formulate-core@2026.1) prints. Where it shares
/// a rule with the by-activity formula but works it differently (needs met in other ways, a second carer, safety, nights,
/// care homes, Shared Lives), its heading has the same title and says how this formula works.
/// </summary>
public static class PlannedMethodSections
{
    private static readonly IReadOnlyList<string> Planned = [ModelFormulas.CareAsPlanned];

    public static readonly MethodSection NeedsMetInOtherWays = new()
    {
        Title = MethodSections.NeedsMetInOtherWays.Title,
        Figures = ["deduction.", "carer.willing_share."],
        Formulas = Planned,
        Paragraphs =
        [
            "For each area of need where it is asked, the practitioner records how much of the need community resources meet, and how much unpaid support from family, friends or neighbours meets (none, some, most or all). The person's own strengths are already counted in the level of need, so they are not asked about again.",
            "Each answer takes a share off what is left of the need: what is left = (1 − community share) × (1 − unpaid share × sustainability × willingness).",
            "Unpaid support counts in full when it can carry on, by the at-risk share when it is at risk, and not at all when it cannot carry on; and only as far as the carer is willing to give it.",
        ],
    };

    public static readonly MethodSection Calls = new()
    {
        Title = "Calls at home",
        Figures = ["calls.", "factor.cognition.", "factor.learning_disability", "nutrition.", "medication.minutes.", "health.minutes.", "rate.home_care", "rate.personal_assistant"],
        Formulas = Planned,
    };

    public static readonly MethodSection SecondCarer = new()
    {
        Title = MethodSections.SecondCarer.Title,
        Figures = [],
        Formulas = Planned,
        Paragraphs =
        [
            "A call that needs two carers is paid a second time for the second carer, as its own line: every call when every transfer needs two people, since moving the person to eat or take medicines needs two as well, or the morning and bedtime personal care calls when only some do.",
        ],
    };

    public static readonly MethodSection Safety = new()
    {
        Title = MethodSections.Safety.Title,
        Figures = ["home_safety.", "factor.behaviour."],
        Formulas = Planned,
        Paragraphs =
        [
            "At home, hands-on hours a week for the level of need in using the home safely, reduced by the needs met in other ways, plus daytime supervision hours by how long the person can be left alone × the behaviour factor when behaviour that challenges is present.",
            "Supervision is bought only for the share of the day when nobody else is with the person. In supported living and extra care housing, safety and supervision are part of the one-to-one hours.",
        ],
    };

    public static readonly MethodSection CoreAndOneToOne = new()
    {
        Title = "Shared core hours and one-to-one support",
        Figures = ["core_hours.", "one_to_one.", "supported_living.core_share_of_tasks", "living.extra_care.supervision_factor", "rate.supported_living"],
        Formulas = Planned,
    };

    public static readonly MethodSection Days = new()
    {
        Title = "Days out, day services, work and learning",
        Figures = ["community.hours_per_day.", "community.session_hours", "work.hours_per_day.", "rate.community_support", "rate.day_service_session."],
        Formulas = Planned,
    };

    public static readonly MethodSection Night = new()
    {
        Title = MethodSections.Night.Title,
        Figures = ["night.", "extra_care.night_sharing", "policy.shared_nights_divided", "rate.sleep_in_night", "rate.waking_night_hour"],
        Formulas = Planned,
        Paragraphs =
        [
            "Nights are counted the same way wherever the person lives. An occasional need at night is a short call each night: minutes a night × 7 ÷ 60 hours a week at the daily living rate.",
            "A regular or continuous need is sleep-in or waking nights for the nights a week needed: a waking night is its hours × the waking night hourly rate, a sleep-in night is the sleep-in rate, and nights shared with other people where the person lives are divided among them. Where those nights would cost less than a call each night, the night calls are planned instead, so more need at night never lowers the estimate.",
            "Unpaid help at night reduces the calls or nights, counted by its sustainability. In a Shared Lives arrangement only waking nights are paid on top of the carer's fee.",
        ],
    };

    public static readonly MethodSection CareHours = new()
    {
        Title = "Care hours, for a band",
        Figures = ["care_home.enhanced_band_hours", "shared_lives.band2_hours", "shared_lives.band3_hours"],
        Formulas = Planned,
    };

    public static readonly MethodSection CareHome = new()
    {
        Title = MethodSections.CareHome.Title,
        Figures = ["care_home.one_to_one_hours.", "fee.care_home.", "rate.care_home", "nhs.funded_nursing_care_weekly", "policy.care_homes_estimated", "policy.care_home.hours_based_budget"],
        Formulas = Planned,
        Paragraphs =
        [
            "For a person in a residential or nursing home, the band is enhanced at or above the council's enhanced band hours of care, or, whatever the hours, for needs that councils' fee schedules pay the enhanced band for: behaviour that challenges at moderate risk or more, behaviour with significant memory problems, two carers for every move, and in a nursing home waking nights or medicines that need monitoring; standard otherwise.",
            "The budget is the council's weekly fee for the home's type (residential or nursing, and learning disability or mental health where the council sets a fee for them) and band, the same for everyone in the band. Where the council's policy is to price care homes by hours instead, it is the care hours × the care home staff rate + the home's non-staffing costs.",
            "NHS-funded nursing care is paid by the NHS on top and is not part of the budget.",
        ],
    };

    public static readonly MethodSection SharedLives = new()
    {
        Title = MethodSections.SharedLives.Title,
        Figures = ["shared_lives.", "rate.shared_lives."],
        Formulas = Planned,
        Paragraphs =
        [
            "In a Shared Lives arrangement the Shared Lives carer shares the person's home, meets their daily living needs and is there at night. The care hours, with household tasks and with regular nights counted as sleep-ins, decide the band, and the budget is the council's weekly Shared Lives fee for the band.",
        ],
    };
}
