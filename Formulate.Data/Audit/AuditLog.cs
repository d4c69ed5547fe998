using Formulate.Data.Entities;
using Formulate.Data.People;
using Formulate.Data.Time;
using Microsoft.EntityFrameworkCore;

namespace Formulate.Data.Audit;

/// <summary>
/// Reads the audit log. There is deliberately no way here to change or remove an entry; entries
/// are written only by <see cref="FormulateDbContext"/> as part of the change they describe.
/// </summary>
public sealed class AuditLog(IDbContextFactory<FormulateDbContext> contextFactory)
{
    public const int MaximumRows = 5000;

    /// <summary>Matching entries, newest first, at most <see cref="MaximumRows"/>.</summary>
    public async Task<IReadOnlyList<AuditRow>> SearchAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var found = await Matching(context, query).OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id).Take(MaximumRows)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return await WithCaseReferencesAsync(context, found, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// One page of the matching entries in the order asked for, and how many match in all: the filter, the order and the
    /// page are all in the query, so a page reads only its own rows however long the log grows.
    /// </summary>
    public async Task<AuditPage> PageAsync(AuditQuery query, AuditOrder order, int skip, int take, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(take);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var matching = Matching(context, query);
        var total = await matching.CountAsync(cancellationToken).ConfigureAwait(false);
        var found = await Ordered(matching, order).Skip(skip).Take(take).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new AuditPage(await WithCaseReferencesAsync(context, found, cancellationToken).ConfigureAwait(false), total);
    }

    private static IQueryable<AuditEntry> Ordered(IQueryable<AuditEntry> entries, AuditOrder order) => (order.By, order.Descending) switch
    {
        // The id breaks ties, so that paging through entries with the same value neither repeats nor skips one.
        (AuditOrderBy.UserName, false) => entries.OrderBy(e => e.UserName).ThenByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id),
        (AuditOrderBy.UserName, true) => entries.OrderByDescending(e => e.UserName).ThenByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id),
        (AuditOrderBy.Action, false) => entries.OrderBy(e => e.Action).ThenByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id),
        (AuditOrderBy.Action, true) => entries.OrderByDescending(e => e.Action).ThenByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id),
        (_, false) => entries.OrderBy(e => e.OccurredAt).ThenBy(e => e.Id),
        _ => entries.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id),
    };

    private static IQueryable<AuditEntry> Matching(FormulateDbContext context, AuditQuery query)
    {
        IQueryable<AuditEntry> entries = context.AuditEntries.AsNoTracking();

        if (!string.IsNullOrWhiteSpace(query.CaseReference))
        {
            var personIds = context.PeopleWithCaseReference(query.CaseReference).Select(p => (Guid?)p.Id);
            entries = entries.Where(e => personIds.Contains(e.PersonId));
        }

        if (!string.IsNullOrWhiteSpace(query.UserName))
        {
            var user = query.UserName.Trim();
            entries = entries.Where(e => e.UserName == user);
        }

        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            var action = query.Action.Trim();
            entries = entries.Where(e => e.Action == action);
        }

        if (query.From is { } from)
        {
            var start = UkTime.StartOf(from);
            entries = entries.Where(e => e.OccurredAt >= start);
        }

        // The last day a date can have has no next day to stop before: it ends nothing.
        if (query.To is { } to && to < DateOnly.MaxValue)
        {
            var end = UkTime.StartOf(to.AddDays(1));
            entries = entries.Where(e => e.OccurredAt < end);
        }

        return entries;
    }

    private static async Task<IReadOnlyList<AuditRow>> WithCaseReferencesAsync(FormulateDbContext context, List<AuditEntry> found, CancellationToken cancellationToken)
    {
        var ids = found.Where(e => e.PersonId is not null).Select(e => e.PersonId!.Value).Distinct().ToList();
        var references = await context.People.AsNoTracking().Where(p => ids.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.CaseReference, cancellationToken).ConfigureAwait(false);
        return [.. found.Select(e => new AuditRow(e, e.PersonId is { } id && references.TryGetValue(id, out var r) ? r : null))];
    }

    /// <summary>The distinct actions recorded, for the search form.</summary>
    public async Task<IReadOnlyList<string>> ActionsAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var actions = await context.AuditEntries.AsNoTracking().Select(e => e.Action).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. actions.Order(StringComparer.Ordinal)];
    }
}
