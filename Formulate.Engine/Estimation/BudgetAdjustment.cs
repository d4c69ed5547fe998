namespace Formulate.Engine.Estimation;

/// <summary>A change to the sum of the allocation lines made by a council limit: the high-end cap or the minimum budget.</summary>
public sealed record BudgetAdjustment
{
    public required string Id { get; init; }

    public required string Label { get; init; }

    /// <summary>£ per week; negative when the cap reduces the estimate.</summary>
    public required decimal Amount { get; init; }

    /// <summary>
    /// Hours a week taken off with the money, in the same proportion, when the council's policy is to cut estimates to the
    /// cap; null where the hours were left as they were (the minimum budget, and configurations made before the policy).
    /// </summary>
    public decimal? WeeklyHours { get; init; }
}
