using Formulate.Analysis.Accuracy;
using Formulate.Data.Entities;
using Formulate.Engine.Json;
using Microsoft.EntityFrameworkCore;

namespace Formulate.Data.Accuracy;

/// <summary>Accuracy samples and the reports worked out from them. Samples stay apart from people's records and can be deleted with their reports.</summary>
public sealed class AccuracySampleStore(IDbContextFactory<FormulateDbContext> contextFactory, TimeProvider timeProvider)
{
    public const int MaxNameLength = 200;

    /// <summary>Stores a sample that has passed every check; the caller has parsed <paramref name="csv"/> into <paramref name="sample"/>.</summary>
    public async Task<AccuracySample> SaveAsync(string name, string csv, Sample sample, string userName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentException.ThrowIfNullOrWhiteSpace(userName);
        var record = new AccuracySample
        {
            Name = name.Trim(),
            CaseCount = sample.Cases.Count,
            Csv = csv,
            UploadedAt = timeProvider.GetUtcNow(),
            UploadedBy = userName,
        };
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        context.AccuracySamples.Add(record);
        context.AuditAs(userName, "Accuracy sample uploaded");
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return record;
    }

    public async Task<IReadOnlyList<AccuracySampleSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await context.AccuracySamples.AsNoTracking()
            .OrderByDescending(s => s.UploadedAt)
            .Select(s => new AccuracySampleSummary(s.Id, s.Name, s.CaseCount, s.UploadedAt, s.UploadedBy))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<AccuracySample?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await context.AccuracySamples.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes the sample and every report worked out from it; false when there was no such sample.</summary>
    public async Task<bool> DeleteAsync(Guid id, string userName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userName);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var sample = await context.AccuracySamples.SingleOrDefaultAsync(s => s.Id == id, cancellationToken).ConfigureAwait(false);
        if (sample is null)
        {
            return false;
        }

        // The reports go with it through the foreign key's cascade, without reading each report's JSON first.
        context.AccuracySamples.Remove(sample);
        context.AuditAs(userName, "Accuracy sample deleted");
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task<AccuracyReportRecord> SaveReportAsync(AccuracySample sample, AccuracyReport report, string userName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrWhiteSpace(userName);
        var record = new AccuracyReportRecord
        {
            AccuracySampleId = sample.Id,
            SampleName = sample.Name,
            QuestionSetVersion = report.Versions.QuestionSet,
            ModelVersion = report.Versions.Model,
            ConfigurationVersion = report.Versions.Configuration,
            TolerancePercent = report.TolerancePercent,
            CaseCount = report.Overall.Count,
            Pearson = report.Overall.Pearson,
            BaselinePearson = report.Baseline.Figures.Pearson,
            Json = FormulateJson.Serialize(report),
            CreatedAt = timeProvider.GetUtcNow(),
            CreatedBy = userName,
        };
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        context.AccuracyReports.Add(record);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return record;
    }

    public async Task<AccuracyReportRecord?> FindReportAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await context.AccuracyReports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The most recent report of all, for the performance review; null when none has been worked out.</summary>
    public async Task<AccuracyReportRecord?> LatestReportAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await context.AccuracyReports.AsNoTracking().OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    public static AccuracyReport ReadReport(AccuracyReportRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return FormulateJson.Deserialize<AccuracyReport>(record.Json) ?? throw new InvalidOperationException($"Accuracy report {record.Id} is empty");
    }
}
