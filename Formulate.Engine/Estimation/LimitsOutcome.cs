namespace Formulate.Engine.Estimation;

/// <summary>What the council's limits did to the sum of the areas.</summary>
internal sealed record LimitsOutcome
{
    public static readonly LimitsOutcome None = new() { Adjustments = [] };

    public required IReadOnlyList<BudgetAdjustment> Adjustments { get; init; }

    public PanelReferral? PanelReferral { get; init; }

    /// <summary>Hours a week taken off with the money when the cap cuts the estimate; zero otherwise.</summary>
    public decimal WeeklyHoursChange { get; init; }

    public decimal Amount
    {
        get
        {
            var amount = 0m;
            foreach (var adjustment in Adjustments)
            {
                amount += adjustment.Amount;
            }

            return amount;
        }
    }
}
