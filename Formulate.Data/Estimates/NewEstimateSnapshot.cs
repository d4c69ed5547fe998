using Formulate.Data.Entities;

namespace Formulate.Data.Estimates;

/// <summary>What the engine produced, serialised, ready to be kept as an <see cref="Entities.EstimateSnapshot"/>.</summary>
public sealed record NewEstimateSnapshot
{
    public required string QuestionSetVersion { get; init; }

    public required string ModelVersion { get; init; }

    public required string ConfigurationVersion { get; init; }

    /// <summary>Pounds and pence per week, already rounded by the engine.</summary>
    public required decimal WeeklyEstimate { get; init; }

    public required string InputJson { get; init; }

    public required string ResultJson { get; init; }

    public required string TraceJson { get; init; }

    /// <summary>The snapshot to keep for a profile, as made by <paramref name="createdBy"/> at <paramref name="createdAt"/>.</summary>
    public EstimateSnapshot ToSnapshot(Guid needsProfileId, Guid personId, DateTimeOffset createdAt, string createdBy) => new()
    {
        NeedsProfileId = needsProfileId,
        PersonId = personId,
        CreatedAt = createdAt,
        CreatedBy = createdBy,
        QuestionSetVersion = QuestionSetVersion,
        ModelVersion = ModelVersion,
        ConfigurationVersion = ConfigurationVersion,
        WeeklyEstimate = WeeklyEstimate,
        InputJson = InputJson,
        ResultJson = ResultJson,
        TraceJson = TraceJson,
    };
}
