using MathNet.Numerics.Statistics;

namespace Formulate.Analysis.Accuracy;

/// <summary>Correlation and error figures for paired estimates and actual costs.</summary>
public static class AccuracyStatistics
{
    private const double NormalQuantile975 = 1.959963984540054;

    public static AccuracyFigures Measure(IReadOnlyList<decimal> estimates, IReadOnlyList<decimal> actuals)
    {
        ArgumentNullException.ThrowIfNull(estimates);
        ArgumentNullException.ThrowIfNull(actuals);
        if (estimates.Count != actuals.Count)
        {
            throw new ArgumentException("Each estimate needs its actual cost", nameof(actuals));
        }

        var count = estimates.Count;
        var absolute = 0m;
        var percentage = 0d;
        var withCost = 0;
        for (var i = 0; i < count; i++)
        {
            var error = Math.Abs(estimates[i] - actuals[i]);
            absolute += error;
            if (actuals[i] > 0m)
            {
                percentage += (double)(error / actuals[i]);
                withCost++;
            }
        }

        return new AccuracyFigures
        {
            Count = count,
            Pearson = Correlate(estimates, actuals, Correlation.Pearson),
            Spearman = Correlate(estimates, actuals, Correlation.Spearman),
            MeanAbsoluteError = count == 0 ? 0m : Math.Round(absolute / count, 2, MidpointRounding.AwayFromZero),
            MeanAbsolutePercentageError = withCost == 0 ? null : Math.Round(100d * percentage / withCost, 2),
        };
    }

    /// <summary>The middle value, or the mean of the two middle values; zero for no values.</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return 0d;
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2d;
    }

    /// <summary>Fisher's interval: atanh(r) is close to normal with standard error 1/√(n − 3), whatever r is.</summary>
    public static CorrelationInterval? Interval(double r, int count)
    {
        if (count < 4 || Math.Abs(r) >= 1d)
        {
            return null;
        }

        var z = Math.Atanh(r);
        var halfWidth = NormalQuantile975 / Math.Sqrt(count - 3);
        return new CorrelationInterval { Lower = Math.Round(Math.Tanh(z - halfWidth), 4), Upper = Math.Round(Math.Tanh(z + halfWidth), 4) };
    }

    private static double? Correlate(IReadOnlyList<decimal> estimates, IReadOnlyList<decimal> actuals, Func<IEnumerable<double>, IEnumerable<double>, double> correlate)
    {
        if (estimates.Count < 3)
        {
            return null;
        }

        var value = correlate(estimates.Select(e => (double)e), actuals.Select(a => (double)a));
        return double.IsFinite(value) ? Math.Round(value, 4) : null;
    }
}
