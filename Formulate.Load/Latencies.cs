using System.Collections.Concurrent;
using System.Globalization;

namespace Formulate.Load;

/// <summary>Every latency measured, in milliseconds, and their percentiles.</summary>
internal sealed class Latencies
{
    private readonly ConcurrentBag<double> _milliseconds = [];

    public int Count => _milliseconds.Count;

    public void Add(double milliseconds) => _milliseconds.Add(milliseconds);

    public string Summary()
    {
        var sorted = _milliseconds.Order().ToArray();
        if (sorted.Length == 0)
        {
            return "no measurements";
        }

        string At(double percentile) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(percentile * sorted.Length) - 1)]
            .ToString("0.0", CultureInfo.InvariantCulture);
        return $"n={sorted.Length} p50={At(0.50)} ms p95={At(0.95)} ms p99={At(0.99)} ms max={sorted[^1].ToString("0.0", CultureInfo.InvariantCulture)} ms";
    }
}
