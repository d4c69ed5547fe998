using Formulate.Data.Entities;
using Formulate.Engine.Text;
using Microsoft.EntityFrameworkCore;

namespace Formulate.Data.Accuracy;

/// <summary>Practitioners' flags on estimates they found inaccurate, for the yearly performance review.</summary>
public sealed class EstimateFlagStore(IDbContextFactory<FormulateDbContext> contextFactory, TimeProvider timeProvider)
{
    public const int MaxReasonLength = 2000;

    public async Task<FlagResult> FlagAsync(Guid estimateSnapshotId, string? reason, string userName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userName);
        var text = reason?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return new FlagResult { Error = "Enter why the estimate was inaccurate" };
        }

        if (text.Length > MaxReasonLength)
        {
            return new FlagResult { Error = $"The reason must be {UkFormat.Count(MaxReasonLength)} characters or fewer" };
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var snapshot = await context.EstimateSnapshots.AsNoTracking()
            .Where(s => s.Id == estimateSnapshotId)
            .Select(s => new { s.Id, s.PersonId })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (snapshot is null)
        {
            return new FlagResult { Error = "There is no such estimate; it may have been replaced. Reload the page." };
        }

        var flag = new EstimateFlag
        {
            EstimateSnapshotId = snapshot.Id,
            PersonId = snapshot.PersonId,
            Reason = text,
            FlaggedAt = timeProvider.GetUtcNow(),
            FlaggedBy = userName,
        };
        context.EstimateFlags.Add(flag);
        context.AuditAs(userName, "Estimate flagged as inaccurate");
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new FlagResult { Flag = flag };
    }

    /// <summary>Every flag, newest first, with the flagged estimate and the latest budget agreed on it.</summary>
    public async Task<IReadOnlyList<FlaggedEstimate>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await (
            from flag in context.EstimateFlags.AsNoTracking()
            join snapshot in context.EstimateSnapshots.AsNoTracking() on flag.EstimateSnapshotId equals snapshot.Id
            join person in context.People.AsNoTracking() on flag.PersonId equals person.Id
            select new { flag, snapshot.WeeklyEstimate, snapshot.ModelVersion, person.CaseReference })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var snapshotIds = rows.Select(row => row.flag.EstimateSnapshotId).Distinct().ToList();
        var agreed = (await context.BudgetSubmissions.AsNoTracking()
                .Where(s => snapshotIds.Contains(s.EstimateSnapshotId) && s.Status == SubmissionStatus.Approved)
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .GroupBy(s => s.EstimateSnapshotId)
            .ToDictionary(group => group.Key, group => group.OrderByDescending(s => s.SubmittedAt).First());
        return [.. rows
            .OrderByDescending(row => row.flag.FlaggedAt)
            .Select(row => new FlaggedEstimate
            {
                FlagId = row.flag.Id,
                PersonId = row.flag.PersonId,
                CaseReference = row.CaseReference,
                Estimate = row.WeeklyEstimate,
                ModelVersion = row.ModelVersion,
                AgreedWeekly = agreed.TryGetValue(row.flag.EstimateSnapshotId, out var submission) ? submission.ProposedWeekly : null,
                DifferenceReason = agreed.TryGetValue(row.flag.EstimateSnapshotId, out var reasoned) ? reasoned.DifferenceReason : null,
                Reason = row.flag.Reason,
                FlaggedAt = row.flag.FlaggedAt,
                FlaggedBy = row.flag.FlaggedBy,
            })];
    }
}
