namespace Formulate.Analysis.Accuracy;

/// <summary>A case whose estimate lies outside the tolerance band, with where it differs and what to look at first.</summary>
public sealed record Outlier
{
    /// <summary>1 for the largest difference.</summary>
    public required int Rank { get; init; }

    public required string CaseId { get; init; }

    public required decimal Estimate { get; init; }

    public required decimal Actual { get; init; }

    /// <summary>Actual − estimate, £ a week.</summary>
    public decimal Difference => Actual - Estimate;

    /// <summary>The kinds of support where estimate and package differ most, largest first.</summary>
    public required IReadOnlyList<SupportDifference> LargestDifferences { get; init; }

    /// <summary>A prompt for the likely cause: a specialist provider, a rate, or unusual needs.</summary>
    public required string LikelyCause { get; init; }
}
