namespace Formulate.Analysis.Benchmarking;

/// <summary>Summaries of a benchmarking dataset for one rate or decision. Averages are means, rounded to the penny (half away from zero).</summary>
public static class BenchmarkStatistics
{
    /// <summary>Null when no council in the dataset sets the rate.</summary>
    public static RateBenchmark? Rate(BenchmarkDataset dataset, string key, SimilarCouncils? similar)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var values = dataset.Councils.Where(c => c.Rates.ContainsKey(key)).Select(c => (Council: c, Value: c.Rates[key])).ToList();
        if (values.Count == 0)
        {
            return null;
        }

        var similarValues = similar is null ? [] : values.Where(v => similar.Includes(v.Council)).Select(v => v.Value).ToList();
        return new RateBenchmark
        {
            Key = key,
            Count = values.Count,
            Minimum = values.Min(v => v.Value),
            Average = Mean(values.Select(v => v.Value)),
            Maximum = values.Max(v => v.Value),
            SimilarCount = similarValues.Count,
            SimilarAverage = similarValues.Count == 0 ? null : Mean(similarValues),
        };
    }

    /// <summary>The value most councils chose (the lower one on a tie); null when none made the decision.</summary>
    public static DecisionBenchmark? Decision(BenchmarkDataset dataset, string key)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var values = dataset.Councils.Where(c => c.Decisions.ContainsKey(key)).Select(c => c.Decisions[key]).ToList();
        if (values.Count == 0)
        {
            return null;
        }

        var most = values.GroupBy(v => v).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First();
        return new DecisionBenchmark(key, most.Key, most.Count(), values.Count);
    }

    private static decimal Mean(IEnumerable<decimal> values)
    {
        var list = values.ToList();
        return Math.Round(list.Sum() / list.Count, 2, MidpointRounding.AwayFromZero);
    }
}
