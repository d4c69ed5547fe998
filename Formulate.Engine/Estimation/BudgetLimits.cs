using Formulate.Engine.Rules;

namespace Formulate.Engine.Estimation;

/// <summary>
/// The council's high-end cap and minimum weekly budget for people living in the community. Public so that analysis can
/// compare the model's own estimate with actual packages: the limits are the council's decisions, not the model's.
/// </summary>
public static class BudgetLimits
{
    public const string CapId = "high-end-cap";
    public const string MinimumId = "minimum-budget";

    /// <summary>What a total would be without the adjustments the limits made to it.</summary>
    public static decimal Without(decimal total, IReadOnlyList<BudgetAdjustment> adjustments) =>
        total - adjustments.Sum(adjustment => adjustment.Amount);

    internal static IReadOnlyList<BudgetAdjustment> Apply(Calculation calculation, PersonFacts person, decimal sum, StepRecorder root)
    {
        if (person.InCareHome || sum <= 0m)
        {
            return [];
        }

        var step = calculation.Step(StepRules.Limits);
        var cap = step.Config("cap.community_weekly");
        var minimum = step.Config("minimum.weekly_budget");
        List<BudgetAdjustment> adjustments = [];
        if (sum > cap)
        {
            adjustments.Add(new BudgetAdjustment { Id = CapId, Label = "Reduced to the council's high-end cap", Amount = cap - sum });
            step.Explain($"£{sum:N2} is above the cap of £{cap:N2}: reduced by £{sum - cap:N2}");
        }
        else if (sum < minimum)
        {
            adjustments.Add(new BudgetAdjustment { Id = MinimumId, Label = "Raised to the council's minimum budget", Amount = minimum - sum });
            step.Explain($"£{sum:N2} is below the minimum of £{minimum:N2}: raised by £{minimum - sum:N2}");
        }

        root.Add(step.Finish(adjustments.Sum(adjustment => adjustment.Amount), "GBP per week"));
        return adjustments;
    }
}
