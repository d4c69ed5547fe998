namespace Formulate.Analysis.Benchmarking;

/// <summary>One council's anonymised configuration: rates and decisions by configuration key, and what makes councils similar. No personal data.</summary>
public sealed record BenchmarkCouncil
{
    /// <summary>A label that does not identify people, e.g. "council-07" or the council's own published name.</summary>
    public required string Code { get; init; }

    /// <summary>1 (most deprived tenth of English councils, Index of Multiple Deprivation) to 10 (least deprived).</summary>
    public required int DeprivationDecile { get; init; }

    /// <summary>One of <see cref="RegionTypes.All"/>.</summary>
    public required string RegionType { get; init; }

    /// <summary>The date the values applied from.</summary>
    public required DateOnly EffectiveFrom { get; init; }

    /// <summary>Money per unit, by rate key ("rate.home_care").</summary>
    public required IReadOnlyDictionary<string, decimal> Rates { get; init; }

    /// <summary>Policy decisions, by configuration key ("minimum.visit_minutes.personal_care").</summary>
    public IReadOnlyDictionary<string, decimal> Decisions { get; init; } = new Dictionary<string, decimal>();
}
