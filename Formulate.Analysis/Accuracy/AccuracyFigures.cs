namespace Formulate.Analysis.Accuracy;

/// <summary>How closely estimates match actual weekly costs over a set of cases.</summary>
public sealed record AccuracyFigures
{
    public required int Count { get; init; }

    /// <summary>Pearson correlation of estimate with actual cost; null with fewer than three cases or no spread.</summary>
    public double? Pearson { get; init; }

    /// <summary>
    /// The 95% interval around <see cref="Pearson"/>; null with fewer than four cases or a correlation of exactly ±1.
    /// Worked out from the two, so a report saved before it was shown has it too.
    /// </summary>
    public CorrelationInterval? PearsonInterval => Pearson is { } r ? AccuracyStatistics.Interval(r, Count) : null;

    /// <summary>Spearman's rank correlation; null with fewer than three cases or no spread.</summary>
    public double? Spearman { get; init; }

    /// <summary>Mean of |estimate − actual|, £ a week.</summary>
    public required decimal MeanAbsoluteError { get; init; }

    /// <summary>Mean of |estimate − actual| ÷ actual, as a percentage, over cases whose actual cost is above zero; null when none is.</summary>
    public double? MeanAbsolutePercentageError { get; init; }
}
