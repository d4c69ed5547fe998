using Formulate.Data.Entities;
using Formulate.Engine.Text;
using Microsoft.EntityFrameworkCore;

namespace Formulate.Data.Estimates;

public sealed class EstimateSnapshotStore(IDbContextFactory<FormulateDbContext> contextFactory, TimeProvider timeProvider)
{
    /// <summary>Keeps an estimate for a needs profile, in one insert; it can never be changed afterwards.</summary>
    public async Task<EstimateSnapshot> SaveAsync(
        Guid needsProfileId, NewEstimateSnapshot estimate, string createdBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        ArgumentException.ThrowIfNullOrWhiteSpace(createdBy);
        if (decimal.Round(estimate.WeeklyEstimate, 2) != estimate.WeeklyEstimate)
        {
            // The column holds pence; a finer amount would be rounded silently by PostgreSQL and kept whole by SQLite.
            throw new ArgumentException(
                string.Create(UkFormat.Culture, $"A weekly estimate is kept in pounds and pence; {estimate.WeeklyEstimate} has more than two decimal places."),
                nameof(estimate));
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var personId = await context.NeedsProfiles.Where(p => p.Id == needsProfileId)
            .Select(p => (Guid?)p.PersonId)
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Needs profile {needsProfileId} does not exist.");

        var snapshot = estimate.ToSnapshot(needsProfileId, personId, timeProvider.GetUtcNow(), createdBy);
        context.EstimateSnapshots.Add(snapshot);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return snapshot;
    }

    /// <summary>The estimate saved with this id, or null when there is none.</summary>
    public async Task<EstimateSnapshot?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await context.EstimateSnapshots.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Newest first.</summary>
    public async Task<IReadOnlyList<EstimateSnapshot>> ListForProfileAsync(Guid needsProfileId, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await context.EstimateSnapshots.AsNoTracking()
            .Where(s => s.NeedsProfileId == needsProfileId)
            .OrderByDescending(s => s.CreatedAt)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}
