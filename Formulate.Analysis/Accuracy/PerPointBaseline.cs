namespace Formulate.Analysis.Accuracy;

/// <summary>Fits one £ a week per point of need to a sample by least squares (a line through the origin).</summary>
public static class PerPointBaseline
{
    /// <summary>Σ points × cost ÷ Σ points², the least-squares slope through the origin; zero when no case has points.</summary>
    public static decimal Fit(IReadOnlyList<int> points, IReadOnlyList<decimal> actuals)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(actuals);
        decimal cross = 0m, squares = 0m;
        for (var i = 0; i < points.Count; i++)
        {
            cross += points[i] * actuals[i];
            squares += (decimal)points[i] * points[i];
        }

        return squares == 0m ? 0m : Math.Round(cross / squares, 4, MidpointRounding.AwayFromZero);
    }

    public static decimal Score(int points, decimal poundsPerPoint) =>
        Math.Round(points * poundsPerPoint, 2, MidpointRounding.AwayFromZero);
}
