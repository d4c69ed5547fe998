namespace Formulate.Analysis.Benchmarking;

/// <summary>Anonymised configurations shared between councils, in the open format described in docs/benchmarking-format.md.</summary>
public sealed record BenchmarkDataset
{
    public const string CurrentFormat = "formulate-benchmark/1";

    public required string Format { get; init; }

    public required string Title { get; init; }

    /// <summary>True when the values are made up to show how benchmarking works, not collected from councils.</summary>
    public required bool Illustrative { get; init; }

    public string? Description { get; init; }

    /// <summary>Where the values, or the ranges they were drawn from, come from.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    public IReadOnlyList<PublishedFloor> PublishedFloors { get; init; } = [];

    public required IReadOnlyList<BenchmarkCouncil> Councils { get; init; }

    /// <summary>The latest published floor for a rate in force on a date, if any.</summary>
    public PublishedFloor? FloorFor(string key, DateOnly date) =>
        PublishedFloors.Where(f => f.Key == key && f.From <= date).OrderBy(f => f.From).LastOrDefault();
}
