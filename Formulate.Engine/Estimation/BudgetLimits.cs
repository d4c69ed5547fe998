using Formulate.Engine.Rules;

namespace Formulate.Engine.Estimation;

/// <summary>
/// The council's high-end cap and minimum weekly budget for people living in the community. Public so that analysis can
/// compare the model's own estimate with actual packages: the limits are the council's decisions, not the model's.
/// </summary>
/// <remarks>
/// Above the cap the council's policy decides: refer to panel (the full estimate stands and needs a second approval,
/// since a personal budget must be sufficient) or cap (the amount above it is taken off, and the hours with it in the same
/// proportion). A configuration made before the policy existed cuts the money and leaves the hours, as it always did, so
/// that its estimates re-run unchanged.
/// </remarks>
public static class BudgetLimits
{
    public const string CapId = "high-end-cap";
    public const string MinimumId = "minimum-budget";
    public const string ReferToPanelPolicy = "policy.above_cap_refer_to_panel";

    /// <summary>What a total would be without the adjustments the limits made to it.</summary>
    public static decimal Without(decimal total, IReadOnlyList<BudgetAdjustment> adjustments) =>
        total - adjustments.Sum(adjustment => adjustment.Amount);

    internal static LimitsOutcome Apply(Calculation calculation, PersonFacts person, decimal sum, decimal weeklyHours, StepRecorder root)
    {
        if (person.InCareHome || sum <= 0m)
        {
            return LimitsOutcome.None;
        }

        var step = calculation.Step(StepRules.Limits);
        var cap = step.Config("cap.community_weekly");
        var minimum = step.Config("minimum.weekly_budget");
        var outcome = LimitsOutcome.None;
        if (sum > cap)
        {
            outcome = AboveCap(step, sum, cap, weeklyHours);
        }
        else if (sum < minimum)
        {
            outcome = new() { Adjustments = [new BudgetAdjustment { Id = MinimumId, Label = "Raised to the council's minimum budget", Amount = minimum - sum }] };
            step.Explain($"£{sum:N2} is below the minimum of £{minimum:N2}: raised by £{minimum - sum:N2}");
        }

        root.Add(step.Finish(outcome.Amount, "GBP per week"));
        return outcome;
    }

    private static LimitsOutcome AboveCap(StepRecorder step, decimal sum, decimal cap, decimal weeklyHours)
    {
        var above = sum - cap;
        switch (step.OptionalPolicy(ReferToPanelPolicy))
        {
            case true:
                step.Explain($"£{sum:N2} is above the cap of £{cap:N2} by £{above:N2}; the council refers estimates above the cap to panel, so the full estimate stands and needs a second approval");
                return new() { Adjustments = [], PanelReferral = new PanelReferral { Cap = cap, AboveCap = above } };
            case false:
                var hours = Math.Round(weeklyHours * above / sum, 2, MidpointRounding.AwayFromZero);
                step.Explain($"£{sum:N2} is above the cap of £{cap:N2}: reduced by £{above:N2}, and the {weeklyHours:0.##} hours a week by the same share, {hours:0.##} hours");
                return new()
                {
                    Adjustments = [new BudgetAdjustment { Id = CapId, Label = "Reduced to the council's high-end cap", Amount = -above, WeeklyHours = -hours }],
                    WeeklyHoursChange = -hours,
                };
            default:
                step.Explain($"£{sum:N2} is above the cap of £{cap:N2}: reduced by £{above:N2}");
                return new() { Adjustments = [new BudgetAdjustment { Id = CapId, Label = "Reduced to the council's high-end cap", Amount = cap - sum }] };
        }
    }
}
