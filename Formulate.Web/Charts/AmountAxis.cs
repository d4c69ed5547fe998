namespace Formulate.Web.Charts;

/// <summary>The pounds-a-week axis every chart shares: from £0 to a round figure at or above the largest amount, in round steps.</summary>
public static class AmountAxis
{
    /// <summary>A round top for the axis; steps grow with the amount so the quarter marks stay readable figures.</summary>
    public static decimal RoundMaximum(decimal largest)
    {
        var step = largest switch { <= 500m => 100m, <= 2000m => 250m, <= 5000m => 500m, _ => 1000m };
        return Math.Max(step, Math.Ceiling(largest / step) * step);
    }

    /// <summary>A round step for a pounds axis from £0 (1, 2, 2.5 or 5 times a power of ten, at least £1) giving at most six steps to the largest amount.</summary>
    public static int Step(double largest)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(Math.Max(largest, 1) / 5)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(factor => factor * magnitude).First(candidate => largest / candidate <= 6);
        return (int)Math.Max(1, Math.Round(step));
    }
}
