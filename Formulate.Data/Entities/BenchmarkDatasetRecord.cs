namespace Formulate.Data.Entities;

/// <summary>A benchmarking file a configuration manager imported, kept as its JSON; the latest one is used. Never changed.</summary>
public sealed class BenchmarkDatasetRecord
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Title { get; init; }

    public bool Illustrative { get; init; }

    public int CouncilCount { get; init; }

    public required string Json { get; init; }

    public DateTimeOffset ImportedAt { get; init; }

    public required string ImportedBy { get; init; }
}
