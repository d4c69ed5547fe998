namespace Formulate.Data.Entities;

/// <summary>
/// What the engine was given, which versions it used, what it answered and how it got there,
/// kept so that an estimate can be explained and re-run later. Never changed once saved: the
/// context refuses updates and deletes.
/// </summary>
public sealed class EstimateSnapshot
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid NeedsProfileId { get; init; }

    public Guid PersonId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public required string CreatedBy { get; init; }

    public required string QuestionSetVersion { get; init; }

    public required string ModelVersion { get; init; }

    public required string ConfigurationVersion { get; init; }

    /// <summary>Pounds and pence per week.</summary>
    public decimal WeeklyEstimate { get; init; }

    public required string InputJson { get; init; }

    public required string ResultJson { get; init; }

    public required string TraceJson { get; init; }
}
