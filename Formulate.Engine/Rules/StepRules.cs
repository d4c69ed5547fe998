namespace Formulate.Engine.Rules;

/// <summary>The steps of an estimate that are not areas of need: the whole estimate, the person's factors and the council's limits.</summary>
public static class StepRules
{
    public static readonly RuleEntry WeeklyEstimate = new()
    {
        Id = "weekly-estimate",
        Kind = RuleKind.Step,
        Label = "Estimated weekly personal budget",
        Paragraphs =
        [
            "Units of care are rounded to two decimal places, half away from zero. Each area's money is units × rate (÷ 52 for units counted by the year), rounded once to the council's rounding increment, half away from zero.",
            "The weekly estimate is the exact sum of the areas and adjustments, so the allocation summary always adds up.",
        ],
        Parameters = ["policy.care_homes_estimated"],
        Method = MethodSections.Rounding,
        Reference = "Care Act 2014 s.26 (the personal budget); Care and support statutory guidance para 11.24 (transparent, timely and sufficient)",
    };

    public static readonly RuleEntry PersonFactors = new()
    {
        Id = "person-factors",
        Kind = RuleKind.Step,
        Label = "Facts about the person that change how long care takes",
        Paragraphs =
        [
            "The care time factor is the memory and cognition factor × the learning disability factor (when that is the primary support reason) × the transfers factor; personal care takes that much longer.",
            "Help with meals is made longer by the memory and learning disability factors alone, and supervision by the behaviour factor when behaviour that challenges is present.",
        ],
        Parameters = ["factor.cognition.", "factor.learning_disability", "factor.transfers.", "factor.behaviour.", "rounding.increment"],
        Reference = "Care and Support (Eligibility Criteria) Regulations 2015 (SI 2015/313) reg 2(3): an outcome takes significantly longer than would normally be expected; factors from the model parameters",
    };

    public static readonly RuleEntry Limits = new()
    {
        Id = "limits",
        Kind = RuleKind.Step,
        Label = "The council's cap and minimum for support at home",
        Paragraphs =
        [
            "For support at home, when the areas add up to more than the council's high-end cap, the council's policy decides what happens. Where its policy is to refer to panel, the full estimate stands, because a personal budget must be enough to meet the person's needs, and it needs a second approval. Where its policy is to cap, an adjustment brings the estimate down to the cap, and the hours a week come down by the same share.",
            "When the areas add up to less than the minimum weekly budget, an adjustment raises the estimate to the minimum. Adjustments are listed beside the areas.",
        ],
        Parameters = ["cap.community_weekly", "minimum.weekly_budget", "policy.above_cap_refer_to_panel"],
        Method = MethodSections.Limits,
        Reference = "Council policy on the high-end cap and the minimum weekly budget; Care Act 2014 s.26 (a sufficient personal budget)",
    };
}
