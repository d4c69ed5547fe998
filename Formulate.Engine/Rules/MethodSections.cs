namespace Formulate.Engine.Rules;

/// <summary>The headings of the method document and the figures listed under each, in the document's order.</summary>
public static class MethodSections
{
    public static readonly MethodSection NeedsMetInOtherWays = new() { Title = "Needs met in other ways", Figures = ["deduction."] };

    public static readonly MethodSection PersonalCare = new()
    {
        Title = "Personal care",
        Figures = ["personal_care.minutes.", "factor.cognition.", "factor.learning_disability", "factor.transfers.", "minimum.visit_minutes.personal_care"],
    };

    public static readonly MethodSection SecondCarer = new() { Title = "A second carer", Figures = ["two_carers.share."] };

    public static readonly MethodSection EatingAndDrinking = new() { Title = "Eating and drinking", Figures = ["nutrition.", "minimum.visit_minutes.nutrition."] };

    public static readonly MethodSection Medication = new() { Title = "Medicines and health tasks", Figures = ["medication.minutes.", "health.minutes."] };

    public static readonly MethodSection Household = new() { Title = "Household tasks", Figures = ["home_environment.", "living.extra_care.household_factor"] };

    public static readonly MethodSection Safety = new()
    {
        Title = "Safety and supervision",
        Figures = ["home_safety.", "factor.behaviour.", "living.extra_care.supervision_factor", "policy.supported_living.share_core_hours"],
    };

    public static readonly MethodSection Relationships = new() { Title = "Relationships", Figures = ["relationships.hours."] };

    public static readonly MethodSection Community = new() { Title = "Getting out into the community", Figures = ["community.hours", "rate.day_opportunity_session"] };

    public static readonly MethodSection Work = new() { Title = "Work and learning", Figures = ["work.hours"] };

    public static readonly MethodSection ChildCare = new() { Title = "Caring for a child", Figures = ["child_care."] };

    public static readonly MethodSection Night = new() { Title = "Support at night", Figures = ["night.", "rate.sleep_in_night", "rate.waking_night_hour"] };

    public static readonly MethodSection CarerBreaks = new() { Title = "Breaks for the unpaid carer", Figures = ["carer_breaks.", "rate.respite_week"] };

    public static readonly MethodSection CareHome = new()
    {
        Title = "Care home placement",
        Figures = ["care_home.", "rate.care_home", "nhs.funded_nursing_care_weekly", "policy.care_homes_estimated"],
    };

    public static readonly MethodSection SharedLives = new() { Title = "Shared Lives arrangement", Figures = ["shared_lives.", "rate.shared_lives."] };

    public static readonly MethodSection Limits = new() { Title = "The cap and the minimum budget", Figures = ["cap.community_weekly", "policy.above_cap_refer_to_panel", "minimum.weekly_budget"] };

    public static readonly MethodSection Rounding = new() { Title = "Rounding", Figures = ["rounding.increment"] };

    /// <summary>In the order the document prints them.</summary>
    public static IReadOnlyList<MethodSection> All { get; } =
    [
        NeedsMetInOtherWays, PersonalCare, SecondCarer, EatingAndDrinking, Medication, Household, Safety, Relationships, Community, Work,
        ChildCare, Night, CarerBreaks, CareHome, SharedLives, Limits, Rounding,
    ];
}
