namespace Formulate.Data.Entities;

/// <summary>A practitioner's view that an estimate was inaccurate, with why; read in the yearly performance review.</summary>
public sealed class EstimateFlag
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid EstimateSnapshotId { get; init; }

    public Guid PersonId { get; init; }

    public required string Reason { get; init; }

    public DateTimeOffset FlaggedAt { get; init; }

    public required string FlaggedBy { get; init; }
}
