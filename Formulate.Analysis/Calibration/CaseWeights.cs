using Formulate.Analysis.Accuracy;
namespace Formulate.Analysis.Calibration;

/// <summary>
/// Huber weights for a fit's cases. A package the Needs Profile cannot explain, such as a specialist provider at well
/// above the usual rate or support that was never recorded, would otherwise pull every weighting towards itself and
/// make the estimates worse for everyone else. Cases whose difference from the estimate is within the usual spread keep
/// their full weight; those beyond it count for less the further out they are, so no one case decides the fit.
/// </summary>
public static class CaseWeights
{
    /// <summary>Huber's tuning constant: as good as plain least squares when differences are normal, far steadier when not.</summary>
    public const double Tuning = 1.345;

    /// <summary>The usual spread is the median absolute difference scaled to match a standard deviation for normal differences.</summary>
    private const double MedianToDeviation = 1.4826;

    internal static double[] Of(IReadOnlyList<PreparedCase> cases, double[] fitted)
    {
        var differences = new double[cases.Count];
        for (var i = 0; i < cases.Count; i++)
        {
            differences[i] = Math.Abs(cases[i].Actual - fitted[i]);
        }

        var weights = new double[cases.Count];
        Array.Fill(weights, 1d);
        var threshold = Tuning * MedianToDeviation * AccuracyStatistics.Median(differences);
        if (threshold <= 0d)
        {
            return weights;
        }

        for (var i = 0; i < cases.Count; i++)
        {
            if (differences[i] > threshold)
            {
                weights[i] = threshold / differences[i];
            }
        }

        return weights;
    }
}
