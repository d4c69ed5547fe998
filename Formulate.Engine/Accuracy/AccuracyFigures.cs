namespace Formulate.Engine.Accuracy;

/// <summary>How closely estimates match actual weekly costs over a set of cases.</summary>
public sealed record AccuracyFigures
{
    public required int Count { get; init; }

    /// <summary>Pearson correlation of estimate with actual cost; null with fewer than three cases or no spread.</summary>
    public double? Pearson { get; init; }

    /// <summary>Spearman's rank correlation; null with fewer than three cases or no spread.</summary>
    public double? Spearman { get; init; }

    /// <summary>Mean of |estimate − actual|, £ a week.</summary>
    public required decimal MeanAbsoluteError { get; init; }

    /// <summary>Mean of |estimate − actual| ÷ actual, as a percentage, over cases whose actual cost is above zero; null when none is.</summary>
    public double? MeanAbsolutePercentageError { get; init; }
}
