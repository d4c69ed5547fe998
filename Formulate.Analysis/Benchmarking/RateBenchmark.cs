namespace Formulate.Analysis.Benchmarking;

/// <summary>A rate across the councils that set it: lowest, mean and highest, and the mean of the similar councils (null when none set it).</summary>
public sealed record RateBenchmark
{
    public required string Key { get; init; }

    public required int Count { get; init; }

    public required decimal Minimum { get; init; }

    public required decimal Average { get; init; }

    public required decimal Maximum { get; init; }

    public required int SimilarCount { get; init; }

    public decimal? SimilarAverage { get; init; }
}
