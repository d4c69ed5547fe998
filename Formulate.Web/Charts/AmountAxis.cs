namespace Formulate.Web.Charts;

/// <summary>The pounds-a-week axis every chart shares: from £0 to a round figure at or above the largest amount, marked in quarters.</summary>
public static class AmountAxis
{
    /// <summary>A round top for the axis; steps grow with the amount so the quarter marks stay readable figures.</summary>
    public static decimal RoundMaximum(decimal largest)
    {
        var step = largest switch { <= 500m => 100m, <= 2000m => 250m, <= 5000m => 500m, _ => 1000m };
        return Math.Max(step, Math.Ceiling(largest / step) * step);
    }

    public static IReadOnlyList<decimal> Quarters(decimal maximum) => [0m, maximum / 4, maximum / 2, maximum * 3 / 4, maximum];
}
