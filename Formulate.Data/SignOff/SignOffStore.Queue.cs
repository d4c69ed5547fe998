using Formulate.Data.Entities;
using Formulate.Engine.Quality;
using Microsoft.EntityFrameworkCore;

namespace Formulate.Data.SignOff;

public sealed partial class SignOffStore
{
    /// <summary>
    /// A page of the submissions waiting for a decision. Filters, counting, ordering and paging run in the database; only
    /// ordering by the person's name cannot, as names are stored protected, so then the matching submissions' names are
    /// read (and nothing else of them), ordered here, and the page's records read afterwards.
    /// </summary>
    public async Task<SignOffQueuePage> QueryAwaitingDecisionAsync(SignOffQueueQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var matching = Filtered(context, query);
        var total = await matching.CountAsync(cancellationToken).ConfigureAwait(false);
        var skip = Math.Max(0, query.Page) * Math.Max(1, query.PageSize);
        var take = Math.Max(1, query.PageSize);

        List<Guid> pageIds;
        if (query.SortBy == SignOffQueueSort.Person)
        {
            var named = await (from s in matching
                               join p in context.People on s.PersonId equals p.Id
                               select new { s.Id, p.FamilyName, p.GivenName, s.SubmittedAt })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var ordered = named.OrderBy(n => n.FamilyName, StringComparer.OrdinalIgnoreCase).ThenBy(n => n.GivenName, StringComparer.OrdinalIgnoreCase);
            pageIds = [.. (query.Descending
                    ? named.OrderByDescending(n => n.FamilyName, StringComparer.OrdinalIgnoreCase).ThenByDescending(n => n.GivenName, StringComparer.OrdinalIgnoreCase)
                    : ordered)
                .ThenBy(n => n.SubmittedAt).Skip(skip).Take(take).Select(n => n.Id)];
        }
        else
        {
            pageIds = await Ordered(context, matching, query).Skip(skip).Take(take).Select(s => s.Id)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
        }

        var submissions = await context.BudgetSubmissions.AsNoTracking().Where(s => pageIds.Contains(s.Id))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var records = (await RecordsAsync(context, submissions, cancellationToken).ConfigureAwait(false))
            .ToDictionary(r => r.Submission.Id);
        return new SignOffQueuePage { Records = [.. pageIds.Select(id => records[id])], Total = total };
    }

    /// <summary>The teams and age bands the manager's queue holds, for its filters.</summary>
    public async Task<SignOffQueueOptions> ListQueueOptionsAsync(IReadOnlyCollection<string> teams, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var waiting = Filtered(context, new SignOffQueueQuery { Teams = teams });
        var queueTeams = await waiting.Select(s => s.Team).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
        var bands = await waiting.Where(s => s.AgeBand != null).Select(s => s.AgeBand!).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
        return new SignOffQueueOptions
        {
            Teams = [.. queueTeams.Order(StringComparer.Ordinal)],
            AgeBands = [.. bands.Order(StringComparer.Ordinal)],
        };
    }

    private static IQueryable<BudgetSubmission> Filtered(FormulateDbContext context, SignOffQueueQuery query)
    {
        var teams = query.Teams.ToList();
        var submissions = context.BudgetSubmissions.AsNoTracking()
            .Where(s => (s.Status == SubmissionStatus.AwaitingApproval || s.Status == SubmissionStatus.AwaitingSecondApproval)
                && teams.Contains(s.Team));
        if (!string.IsNullOrEmpty(query.Team))
        {
            submissions = submissions.Where(s => s.Team == query.Team);
        }

        if (!string.IsNullOrEmpty(query.AgeBand))
        {
            submissions = submissions.Where(s => s.AgeBand == query.AgeBand);
        }

        // Amounts are compared as numbers: SQLite keeps decimals as text.
        if (query.MinimumWeekly is { } minimum)
        {
            var lowest = (double)minimum;
            submissions = submissions.Where(s => (double)s.ProposedWeekly >= lowest);
        }

        if (query.MaximumWeekly is { } maximum)
        {
            var highest = (double)maximum;
            submissions = submissions.Where(s => (double)s.ProposedWeekly <= highest);
        }

        return query.Difference switch
        {
            QueueDifference.Same => submissions.Where(s => (double)s.ProposedWeekly == (double)s.EstimatedWeekly),
            QueueDifference.Different => submissions.Where(s => (double)s.ProposedWeekly != (double)s.EstimatedWeekly),
            _ => submissions,
        };
    }

    private static IQueryable<BudgetSubmission> Ordered(FormulateDbContext context, IQueryable<BudgetSubmission> submissions, SignOffQueueQuery query)
    {
        var descending = query.Descending;
        IOrderedQueryable<BudgetSubmission> ordered = query.SortBy switch
        {
            SignOffQueueSort.Team => descending ? submissions.OrderByDescending(s => s.Team) : submissions.OrderBy(s => s.Team),
            SignOffQueueSort.AgeBand => descending ? submissions.OrderByDescending(s => s.AgeBand) : submissions.OrderBy(s => s.AgeBand),
            SignOffQueueSort.Proposed => descending
                ? submissions.OrderByDescending(s => (double)s.ProposedWeekly)
                : submissions.OrderBy(s => (double)s.ProposedWeekly),
            SignOffQueueSort.Difference => descending
                ? submissions.OrderByDescending(s => (double)s.ProposedWeekly - (double)s.EstimatedWeekly)
                : submissions.OrderBy(s => (double)s.ProposedWeekly - (double)s.EstimatedWeekly),
            // Important warnings first, then any; a submission whose warnings were not recorded sorts below one with none.
            SignOffQueueSort.Warnings => descending
                ? submissions.OrderByDescending(s => s.WarningsRecorded ? context.SubmissionWarnings.Count(w => w.SubmissionId == s.Id && w.Severity == QaSeverity.Important) : -1)
                    .ThenByDescending(s => s.WarningsRecorded ? context.SubmissionWarnings.Count(w => w.SubmissionId == s.Id) : -1)
                : submissions.OrderBy(s => s.WarningsRecorded ? context.SubmissionWarnings.Count(w => w.SubmissionId == s.Id && w.Severity == QaSeverity.Important) : -1)
                    .ThenBy(s => s.WarningsRecorded ? context.SubmissionWarnings.Count(w => w.SubmissionId == s.Id) : -1),
            SignOffQueueSort.Status => descending ? submissions.OrderByDescending(s => s.Status) : submissions.OrderBy(s => s.Status),
            _ => descending ? submissions.OrderByDescending(s => s.SubmittedAt) : submissions.OrderBy(s => s.SubmittedAt),
        };
        // Longest waiting first among equals, and the id last so that pages never overlap.
        return ordered.ThenBy(s => s.SubmittedAt).ThenBy(s => s.Id);
    }
}
