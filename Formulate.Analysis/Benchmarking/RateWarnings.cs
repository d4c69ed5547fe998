using Formulate.Analysis.Text;
using Formulate.Engine.Parameters;
using Formulate.Engine.Text;

namespace Formulate.Analysis.Benchmarking;

/// <summary>Why a rate may be set too low or left out of date: the reason rate tables fall into disuse.</summary>
public static class RateWarnings
{
    public static IReadOnlyList<RateWarning> For(Parameter rate, DateOnly today, RateBenchmark? benchmark, PublishedFloor? floor)
    {
        ArgumentNullException.ThrowIfNull(rate);
        var warnings = new List<RateWarning>();
        var current = rate.At(today) ?? rate.Values[0];
        if (benchmark is not null && current.Value < benchmark.Minimum)
        {
            warnings.Add(new RateWarning(RateWarningKind.BelowBenchmarkMinimum,
                $"{Pounds.Format(current.Value)} is below the lowest rate among the {benchmark.Count} benchmark councils ({Pounds.Format(benchmark.Minimum)})."));
        }

        if (floor is not null && current.Value < floor.Value)
        {
            warnings.Add(new RateWarning(RateWarningKind.BelowPublishedFloor,
                $"{Pounds.Format(current.Value)} is below the {floor.Label} of {Pounds.Format(floor.Value)} from {UkFormat.Date(floor.From)} ({floor.Source})."));
        }

        var latest = rate.Values[^1].From;
        if (latest < today.AddMonths(-12))
        {
            warnings.Add(new RateWarning(RateWarningKind.NotUplifted,
                $"Not uplifted for over 12 months: the latest value applies from {UkFormat.Date(latest)}."));
        }

        return warnings;
    }
}
