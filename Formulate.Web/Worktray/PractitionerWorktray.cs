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
