namespace Formulate.Tests.Accuracy.HeldOut;

/// <summary>Draws from a caller's seeded <see cref="Random"/>, so that everything generated can be reproduced.</summary>
internal static class HeldOutRandom
{
    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>Uniform between <paramref name="low"/> and <paramref name="high"/>, to the penny.</summary>
    public static decimal Between(this Random random, decimal low, decimal high) =>
        Math.Round(low + ((high - low) * (decimal)random.NextDouble()), 2, MidpointRounding.AwayFromZero);

    /// <summary>A standard normal draw (Box–Muller).</summary>
    public static double Normal(this Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>A value in [0, 1] centred on <paramref name="mean"/>: a triangular spread of ± <paramref name="spread"/>.</summary>
    public static double Around(this Random random, double mean, double spread) =>
        Math.Clamp(mean + (spread * (random.NextDouble() + random.NextDouble() - 1.0)), 0.0, 1.0);

    /// <summary>One of <paramref name="options"/>, each with its weight.</summary>
    public static T Pick<T>(this Random random, params (T Value, double Weight)[] options)
    {
        var total = options.Sum(option => option.Weight);
        var draw = random.NextDouble() * total;
        foreach (var (value, weight) in options)
        {
            draw -= weight;
            if (draw < 0)
            {
                return value;
            }
        }

        return options[^1].Value;
    }

    /// <summary>A level on 0..<paramref name="max"/> from a continuous score, with a little spread.</summary>
    public static int Level(this Random random, double score, int max, double spread = 0.45) =>
        Math.Clamp((int)Math.Round(score + (spread * random.Normal()), MidpointRounding.AwayFromZero), 0, max);
}
