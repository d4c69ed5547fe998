using System.Security.Claims;
using Formulate.Data;
using Formulate.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Formulate.Web.Security;

/// <summary>
/// The one place that decides whether a user may see or change a person's case. Every service that reads or writes a
/// person, their profiles, estimates, submissions or letter asks here first, reading only the team the record belongs
/// to, so nothing of another team's person is loaded, let alone rendered or sent to the page, before the answer.
/// Practitioners and team managers work on the people of their own teams; business support print those people's letters
/// and see nothing else of their case; nobody else works on cases at all.
/// </summary>
public sealed class CaseAccess(IDbContextFactory<FormulateDbContext> contextFactory)
{
    public Task<CaseAccessDecision> ToPersonAsync(ClaimsPrincipal user, Guid personId, CancellationToken cancellationToken = default) =>
        ToPersonAsync(user, personId, CasePurpose.CaseWork, cancellationToken);

    public Task<CaseAccessDecision> ToPersonAsync(ClaimsPrincipal user, Guid personId, CasePurpose purpose, CancellationToken cancellationToken = default) =>
        DecideAsync(user, purpose, context => context.People.Where(p => p.Id == personId).Select(p => p.Team), cancellationToken);

    public Task<CaseAccessDecision> ToProfileAsync(ClaimsPrincipal user, Guid profileId, CancellationToken cancellationToken = default) =>
        DecideAsync(user, CasePurpose.CaseWork, context => TeamOf(context, context.NeedsProfiles.Where(p => p.Id == profileId).Select(p => p.PersonId)), cancellationToken);

    public Task<CaseAccessDecision> ToEstimateAsync(ClaimsPrincipal user, Guid estimateId, CancellationToken cancellationToken = default) =>
        DecideAsync(user, CasePurpose.CaseWork, context => TeamOf(context, context.EstimateSnapshots.Where(s => s.Id == estimateId).Select(s => s.PersonId)), cancellationToken);

    /// <summary>Whether the user carries cases at all: the roles whose caseload is their teams' people.</summary>
    public static bool CarriesCases(ClaimsPrincipal user) => Serves(user, CasePurpose.CaseWork);

    /// <summary>Whether the user's role works on their teams' people for this purpose.</summary>
    public static bool Serves(ClaimsPrincipal user, CasePurpose purpose)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identity?.IsAuthenticated == true
            && (user.IsInRole(nameof(Role.Practitioner)) || user.IsInRole(nameof(Role.TeamManager))
                || (purpose == CasePurpose.Letters && user.IsInRole(nameof(Role.BusinessSupport))));
    }

    /// <summary>The teams whose people the user works on for the purpose; none for anyone whose role does not.</summary>
    public static IReadOnlySet<string> TeamsOf(ClaimsPrincipal user, CasePurpose purpose = CasePurpose.CaseWork) =>
        Serves(user, purpose)
            ? user.FindAll(FormulateClaimTypes.Team).Select(claim => claim.Value).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>();

    /// <summary>The decision for a record whose team is already known (a submission carries its team).</summary>
    public static CaseAccessDecision ForTeam(ClaimsPrincipal user, string? team, CasePurpose purpose = CasePurpose.CaseWork) =>
        team is null ? CaseAccessDecision.NotFound
        : TeamsOf(user, purpose).Contains(team) ? CaseAccessDecision.Allowed
        : CaseAccessDecision.Forbidden;

    /// <summary>Reads only once the decision allows it; what the read does not find is <see cref="CaseAccessDecision.NotFound"/>.</summary>
    public static async Task<CaseRead<T>> ReadIfAllowedAsync<T>(Task<CaseAccessDecision> decision, Func<Task<T?>> read)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(read);
        var decided = await decision;
        return decided != CaseAccessDecision.Allowed ? CaseRead<T>.Refused(decided)
            : await read() is { } value ? CaseRead<T>.Allowed(value)
            : CaseRead<T>.Refused(CaseAccessDecision.NotFound);
    }

    private static IQueryable<string> TeamOf(FormulateDbContext context, IQueryable<Guid> personIds) =>
        context.People.Where(person => personIds.Contains(person.Id)).Select(person => person.Team);

    private async Task<CaseAccessDecision> DecideAsync(
        ClaimsPrincipal user, CasePurpose purpose, Func<FormulateDbContext, IQueryable<string>> teamOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!Serves(user, purpose))
        {
            // Refused before anything is read, so whether the record exists is not given away either.
            return CaseAccessDecision.Forbidden;
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var team = await teamOf(context).FirstOrDefaultAsync(cancellationToken);
        return ForTeam(user, team, purpose);
    }
}
