namespace Formulate.Tests.Accuracy.Practice;

/// <summary>The few ways the generator and the council draw at random.</summary>
public static class Draw
{
    public static T Pick<T>(Random random, IReadOnlyList<T> items, IReadOnlyList<double> weights)
    {
        var pick = random.NextDouble() * weights.Sum();
        for (var i = 0; i < items.Count; i++)
        {
            pick -= weights[i];
            if (pick < 0)
            {
                return items[i];
            }
        }

        return items[^1];
    }

    public static bool Chance(Random random, double probability) => random.NextDouble() < probability;

    public static double Between(Random random, double low, double high) => low + ((high - low) * random.NextDouble());

    public static decimal Money(Random random, double low, double high) => Math.Round((decimal)Between(random, low, high), 2);

    public static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    public static double Unit(double value) => Math.Clamp(value, 0, 1);

    /// <summary>A level (how many of <paramref name="cuts"/> it reaches) for a value between 0 and 1 cut at <paramref name="cuts"/>.</summary>
    public static int Level(double value, params double[] cuts)
    {
        var level = 0;
        while (level < cuts.Length && value >= cuts[level])
        {
            level++;
        }

        return level;
    }
}
