namespace Formulate.Data.Entities;

/// <summary>An accuracy report as it was worked out: the sample, the versions used, the headline figures and the whole report as JSON.</summary>
public sealed class AccuracyReportRecord
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid AccuracySampleId { get; init; }

    public required string SampleName { get; init; }

    public required string QuestionSetVersion { get; init; }

    public required string ModelVersion { get; init; }

    public required string ConfigurationVersion { get; init; }

    public decimal TolerancePercent { get; init; }

    public int CaseCount { get; init; }

    public double? Pearson { get; init; }

    public double? BaselinePearson { get; init; }

    /// <summary>The engine's <c>AccuracyReport</c>, serialised.</summary>
    public required string Json { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public required string CreatedBy { get; init; }
}
