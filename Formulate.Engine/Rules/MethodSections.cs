using Formulate.Engine.Estimation;

namespace Formulate.Engine.Rules;

/// <summary>
/// The headings of the method document and the figures listed under each; the care-as-planned formula's own headings are
/// in <see cref="PlannedMethodSections"/>, and the order a document prints them in is <see cref="MethodDocumentOrder"/>.
/// </summary>
public static class MethodSections
{
    private static readonly IReadOnlyList<string> ByActivityOnly = [ModelFormulas.ByActivity];

    public static readonly MethodSection NeedsMetInOtherWays = new() { Title = "Needs met in other ways", Figures = ["deduction."], Formulas = ByActivityOnly };

    public static readonly MethodSection PersonalCare = new()
    {
        Title = "Personal care",
        Figures = ["personal_care.minutes.", "factor.cognition.", "factor.learning_disability", "factor.transfers.", "minimum.visit_minutes.personal_care"],
        Formulas = ByActivityOnly,
    };

    public static readonly MethodSection SecondCarer = new() { Title = "A second carer", Figures = ["two_carers.share."], Formulas = ByActivityOnly };

    public static readonly MethodSection EatingAndDrinking = new() { Title = "Eating and drinking", Figures = ["nutrition.", "minimum.visit_minutes.nutrition."], Formulas = ByActivityOnly };

    public static readonly MethodSection Medication = new() { Title = "Medicines and health tasks", Figures = ["medication.minutes.", "health.minutes."], Formulas = ByActivityOnly };

    public static readonly MethodSection Household = new() { Title = "Household tasks", Figures = ["home_environment.", "living.extra_care.household_factor"] };

    public static readonly MethodSection Safety = new()
    {
        Title = "Safety and supervision",
        Figures = ["home_safety.", "factor.behaviour.", "living.extra_care.supervision_factor", "policy.supported_living.share_core_hours"],
        Formulas = ByActivityOnly,
    };

    public static readonly MethodSection Relationships = new() { Title = "Relationships", Figures = ["relationships.hours."] };

    public static readonly MethodSection Community = new() { Title = "Getting out into the community", Figures = ["community.hours", "rate.day_opportunity_session"], Formulas = ByActivityOnly };

    public static readonly MethodSection Work = new() { Title = "Work and learning", Figures = ["work.hours"], Formulas = ByActivityOnly };

    public static readonly MethodSection ChildCare = new() { Title = "Caring for a child", Figures = ["child_care."] };

    public static readonly MethodSection Night = new() { Title = "Support at night", Figures = ["night.", "rate.sleep_in_night", "rate.waking_night_hour"], Formulas = ByActivityOnly };

    public static readonly MethodSection CarerBreaks = new() { Title = "Breaks for the unpaid carer", Figures = ["carer_breaks.", "rate.respite_week"] };

    public static readonly MethodSection CareHome = new()
    {
        Title = "Care home placement",
        Figures = ["care_home.", "rate.care_home", "nhs.funded_nursing_care_weekly", "policy.care_homes_estimated"],
        Formulas = ByActivityOnly,
    };

    public static readonly MethodSection SharedLives = new() { Title = "Shared Lives arrangement", Figures = ["shared_lives.", "rate.shared_lives."], Formulas = ByActivityOnly };

    public static readonly MethodSection Limits = new() { Title = "The cap and the minimum budget", Figures = ["cap.community_weekly", "policy.above_cap_refer_to_panel", "minimum.weekly_budget"] };

    public static readonly MethodSection Rounding = new() { Title = "Rounding", Figures = ["rounding.increment"] };
}
