namespace Formulate.Analysis.Benchmarking;

/// <summary>A published minimum for a rate, such as the Homecare Association's minimum price for homecare, with its date and source.</summary>
public sealed record PublishedFloor
{
    public required string Key { get; init; }

    public required string Label { get; init; }

    public required decimal Value { get; init; }

    public required DateOnly From { get; init; }

    public required string Source { get; init; }
}
