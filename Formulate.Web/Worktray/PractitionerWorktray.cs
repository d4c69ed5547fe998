using System.Security.Claims;
using Formulate.Data;
using Formulate.Data.Entities;
using Formulate.Data.Profiles;
using Formulate.Web.People;
using Formulate.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Formulate.Web.Worktray;

/// <summary>
/// A practitioner's own work (decision 0031): the submissions they made that came back or wait for a manager, and the
/// profiles in progress they started or last changed; only ever for people of their own teams (<see cref="CaseAccess"/>),
/// so work on a person who moved to another team leaves the worktray with them.
/// </summary>
public sealed class PractitionerWorktray(IDbContextFactory<FormulateDbContext> contextFactory)
{
    public async Task<WorktrayContents> ReadAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var (teams, name) = Whose(user);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var people = await context.People.AsNoTracking().Where(p => teams.Contains(p.Team)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var personIds = PeopleOf(context, teams);

        var drafts = await context.NeedsProfiles.AsNoTracking()
            .Where(p => personIds.Contains(p.PersonId)
                && (p.Status == NeedsProfileStatus.Draft || p.Status == NeedsProfileStatus.Completed)
                && (p.CreatedBy == name || p.UpdatedBy == name))
            .ToListAsync(cancellationToken);
        var submissions = await OwnSubmissions(context, personIds, name)
            .Where(s => s.Status == SubmissionStatus.AwaitingApproval || s.Status == SubmissionStatus.AwaitingSecondApproval)
            .ToListAsync(cancellationToken);
        var returns = await ReturnsAsync(context, personIds, name, cancellationToken);

        // Ordered in memory: SQLite cannot order by DateTimeOffset columns.
        return new WorktrayContents
        {
            Returned =
            [
                .. returns.OrderByDescending(r => r.Decision.DecidedAt).Select(r => Item(people[r.Submission.PersonId], r.Submission.NeedsProfileId, r.Decision.DecidedAt) with
                {
                    Comments = r.Decision.Comments, DecidedBy = r.Decision.DecidedBy, Replied = r.Decision.RepliedAt is not null,
                }),
            ],
            Drafts =
            [
                .. drafts.OrderByDescending(p => p.UpdatedAt)
                    .Select(p => Item(people[p.PersonId], p.Id, p.UpdatedAt) with { CarriedForward = CarriedForwardAnswers.Of(p).Count }),
            ],
            Awaiting = [.. submissions.OrderBy(s => s.SubmittedAt).Select(s => Item(people[s.PersonId], s.NeedsProfileId, s.SubmittedAt))],
        };
    }

    /// <summary>
    /// A page of one list. The query filters, counts, orders by when and pages in the database, and reads only the page's
    /// people and decisions; ordering by the person's name reads the list's names (stored protected) and orders them here.
    /// </summary>
    public async Task<WorktrayPage> QueryAsync(ClaimsPrincipal user, WorktrayQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (teams, name) = Whose(user);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var personIds = PeopleOf(context, teams);
        var rows = query.List switch
        {
            WorktrayList.Drafts =>
                from p in context.NeedsProfiles.AsNoTracking()
                where personIds.Contains(p.PersonId)
                    && (p.Status == NeedsProfileStatus.Draft || p.Status == NeedsProfileStatus.Completed)
                    && (p.CreatedBy == name || p.UpdatedBy == name)
                select new Row { Id = p.Id, PersonId = p.PersonId, ProfileId = p.Id, At = p.UpdatedAt },
            WorktrayList.Awaiting =>
                from s in OwnSubmissions(context, personIds, name)
                where s.Status == SubmissionStatus.AwaitingApproval || s.Status == SubmissionStatus.AwaitingSecondApproval
                select new Row { Id = s.Id, PersonId = s.PersonId, ProfileId = s.NeedsProfileId, At = s.SubmittedAt },
            _ =>
                // A profile returned more than once is listed once, with its latest return.
                from s in ReturnedSubmissions(context, personIds, name)
                where !context.BudgetSubmissions.Any(later => later.NeedsProfileId == s.NeedsProfileId && later.SubmittedAt > s.SubmittedAt)
                join d in context.SubmissionDecisions on s.Id equals d.SubmissionId
                where d.Outcome == DecisionOutcome.Returned
                select new Row { Id = d.Id, PersonId = s.PersonId, ProfileId = s.NeedsProfileId, At = d.DecidedAt },
        };

        var total = await rows.CountAsync(cancellationToken);
        var descending = query.Descending ?? query.List != WorktrayList.Awaiting;
        var skip = Math.Max(0, query.Page) * Math.Max(1, query.PageSize);
        var take = Math.Max(1, query.PageSize);
        List<Row> page;
        if (query.ByPerson)
        {
            var all = await rows.ToListAsync(cancellationToken);
            var listedIds = all.Select(r => r.PersonId).Distinct().ToList();
            var names = await context.People.AsNoTracking().Where(p => listedIds.Contains(p.Id))
                .ToDictionaryAsync(p => p.Id, p => PeopleService.FullName(p), cancellationToken);
            var ordered = descending
                ? all.OrderByDescending(r => names[r.PersonId], StringComparer.OrdinalIgnoreCase)
                : all.OrderBy(r => names[r.PersonId], StringComparer.OrdinalIgnoreCase);
            page = [.. ordered.ThenByDescending(r => r.At).Skip(skip).Take(take)];
        }
        else
        {
            var ordered = descending ? rows.OrderByDescending(r => r.At) : rows.OrderBy(r => r.At);
            page = await ordered.ThenBy(r => r.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        }

        return new WorktrayPage { Items = await ItemsAsync(context, query.List, page, cancellationToken), Total = total };
    }

    // Set by initialisers, not a constructor: the database orders by At only when it can see which column At is.
    private sealed record Row
    {
        public Guid Id { get; init; }

        public Guid PersonId { get; init; }

        public Guid ProfileId { get; init; }

        public DateTimeOffset At { get; init; }
    }

    private static async Task<IReadOnlyList<WorktrayItem>> ItemsAsync(FormulateDbContext context, WorktrayList list, List<Row> page, CancellationToken cancellationToken)
    {
        var personIds = page.Select(r => r.PersonId).Distinct().ToList();
        var people = await context.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var ids = page.Select(r => r.Id).ToList();
        switch (list)
        {
            case WorktrayList.Drafts:
                var profiles = await context.NeedsProfiles.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
                return [.. page.Select(r => Item(people[r.PersonId], r.ProfileId, r.At) with { CarriedForward = CarriedForwardAnswers.Of(profiles[r.Id]).Count })];
            case WorktrayList.Returned:
                var decisions = await context.SubmissionDecisions.AsNoTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellationToken);
                return [.. page.Select(r => Item(people[r.PersonId], r.ProfileId, r.At) with
                {
                    Comments = decisions[r.Id].Comments, DecidedBy = decisions[r.Id].DecidedBy, Replied = decisions[r.Id].RepliedAt is not null,
                })];
            default:
                return [.. page.Select(r => Item(people[r.PersonId], r.ProfileId, r.At))];
        }
    }

    /// <summary>How many of the user's submissions are back with them, for the navigation.</summary>
    public async Task<int> CountReturnedAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var (teams, name) = Whose(user);
        if (teams.Count == 0)
        {
            return 0;
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await ReturnedSubmissions(context, PeopleOf(context, teams), name).Select(s => s.NeedsProfileId).Distinct().CountAsync(cancellationToken);
    }

    private static (List<string> Teams, string Name) Whose(ClaimsPrincipal user) =>
        ([.. CaseAccess.TeamsOf(user)], user.Identity?.Name ?? "");

    // A subquery, not a list of ids: the navigation counts returns on every page, in one round trip.
    private static IQueryable<Guid> PeopleOf(FormulateDbContext context, List<string> teams) =>
        context.People.Where(p => teams.Contains(p.Team)).Select(p => p.Id);

    private static IQueryable<BudgetSubmission> OwnSubmissions(FormulateDbContext context, IQueryable<Guid> personIds, string name) =>
        context.BudgetSubmissions.AsNoTracking().Where(s => personIds.Contains(s.PersonId) && s.SubmittedBy == name);

    // A profile is Returned only while its latest submission is: resubmitting makes it Submitted again.
    private static IQueryable<BudgetSubmission> ReturnedSubmissions(FormulateDbContext context, IQueryable<Guid> personIds, string name) =>
        from s in OwnSubmissions(context, personIds, name)
        join p in context.NeedsProfiles on s.NeedsProfileId equals p.Id
        where s.Status == SubmissionStatus.Returned && p.Status == NeedsProfileStatus.Returned
        select s;

    private static async Task<List<(BudgetSubmission Submission, SubmissionDecision Decision)>> ReturnsAsync(
        FormulateDbContext context, IQueryable<Guid> personIds, string name, CancellationToken cancellationToken)
    {
        // A profile returned more than once is listed once, with its latest return.
        var submissions = (await ReturnedSubmissions(context, personIds, name).ToListAsync(cancellationToken))
            .GroupBy(s => s.NeedsProfileId).Select(g => g.MaxBy(s => s.SubmittedAt)!).ToList();
        var ids = submissions.Select(s => s.Id).ToList();
        var decisions = await context.SubmissionDecisions.AsNoTracking()
            .Where(d => ids.Contains(d.SubmissionId) && d.Outcome == DecisionOutcome.Returned)
            .ToListAsync(cancellationToken);
        return [.. submissions.Join(decisions, s => s.Id, d => d.SubmissionId, (s, d) => (s, d))];
    }

    private static WorktrayItem Item(Person person, Guid profileId, DateTimeOffset at) => new()
    {
        PersonId = person.Id,
        PersonName = PeopleService.FullName(person),
        CaseReference = person.CaseReference,
        ProfileId = profileId,
        At = at,
    };
}
