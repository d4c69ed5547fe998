using System.Security.Claims;
using System.Text.Json;
using Formulate.Data;
using Formulate.Data.Entities;
using Formulate.Web.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Formulate.Web.Security.Sso;

/// <summary>
/// Gives each person who signs in through the council's provider a Formulate account, found by who the provider says
/// they are (never by user name, which can change or be reused), so that the audit log, the accounts list and
/// deactivation work for them as for everyone else. Their name, roles and team are the provider's at each sign-in; a
/// deactivated account is refused. Every sign-in and every refusal is written to the audit log.
/// </summary>
public sealed class SsoAccounts(IDbContextFactory<FormulateDbContext> contextFactory, TimeProvider time)
{
    public const string SignedInAction = "Signed in through the organisation";

    public const string RefusedAction = "Sign-in through the organisation refused";

    public const string AuditEntityType = "Sign-in";

    public async Task<SsoSignInResult> SignInAsync(SsoPerson person, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var account = await context.UserAccounts.Include(a => a.Roles)
            .SingleOrDefaultAsync(a => a.ExternalId == person.ExternalId, cancellationToken).ConfigureAwait(false);
        if (account is { IsActive: false })
        {
            await RefuseAsync(SsoRefusal.Deactivated, "The Formulate account is deactivated.", person.UserName, person.ExternalId, cancellationToken).ConfigureAwait(false);
            return new SsoSignInResult(null, SsoRefusal.Deactivated);
        }

        if (account?.UserName != person.UserName
            && await context.UserAccounts.FindNamedAsync(person.UserName, cancellationToken).ConfigureAwait(false) is { } other
            && other.Id != account?.Id)
        {
            var problem = $"The user name {person.UserName} belongs to another Formulate account ({(other.ExternalId is null ? "one with a password" : "another identity at the provider")}).";
            await RefuseAsync(SsoRefusal.UserNameTaken, problem, person.UserName, person.ExternalId, cancellationToken).ConfigureAwait(false);
            return new SsoSignInResult(null, SsoRefusal.UserNameTaken);
        }

        var added = account is null;
        account ??= context.UserAccounts.Add(new UserAccount { UserName = person.UserName, DisplayName = person.DisplayName, ExternalId = person.ExternalId }).Entity;
        Update(context, account, person);
        context.AuditAs(person.UserName, added ? "User account added at sign-in through the organisation" : "User account changed at sign-in through the organisation");
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        context.AuditEntries.Add(Entry(SignedInAction, person.UserName, account.Id.ToString(), new { person.ExternalId, Roles = person.Roles.Select(r => r.ToString()), person.Teams }));
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new SsoSignInResult(Principal(account, person));
    }

    /// <summary>Writes a refusal to the audit log, naming whoever the token claimed to be when it could be read.</summary>
    public async Task RefuseAsync(SsoRefusal refusal, string problem, string? claimedUserName, string? claimedId, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        context.AuditEntries.Add(Entry(
            RefusedAction,
            string.IsNullOrWhiteSpace(claimedUserName) ? "unknown" : Truncate(claimedUserName, 256),
            Truncate(claimedId ?? "unknown", 100),
            new { Reason = refusal.ToString(), Problem = problem }));
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void Update(FormulateDbContext context, UserAccount account, SsoPerson person)
    {
        account.UserName = person.UserName;
        account.DisplayName = Truncate(person.DisplayName, 200);
        // The account shows one team; the session carries every team the provider's groups map to.
        account.Team = person.Teams.Count > 0 ? person.Teams[0] : null;
        foreach (var gone in account.Roles.Where(role => !person.Roles.Contains(role.Role)).ToList())
        {
            account.Roles.Remove(gone);
            context.UserRoles.Remove(gone);
        }

        foreach (var role in person.Roles.Where(role => account.Roles.All(held => held.Role != role)))
        {
            account.Roles.Add(new UserRole { UserAccountId = account.Id, Role = role });
        }
    }

    private static ClaimsPrincipal Principal(UserAccount account, SsoPerson person)
    {
        var principal = AccountPrincipal.Create(account);
        var identity = (ClaimsIdentity)principal.Identity!;
        foreach (var team in person.Teams.Skip(1))
        {
            identity.AddClaim(new Claim(FormulateClaimTypes.Team, team));
        }

        identity.AddClaim(new Claim(FormulateClaimTypes.SignInProvider, "sso"));
        return principal;
    }

    private AuditEntry Entry(string action, string userName, string entityId, object details) => new()
    {
        OccurredAt = time.GetUtcNow(),
        UserName = userName,
        Action = action,
        EntityType = AuditEntityType,
        EntityId = Truncate(entityId, 100),
        AfterJson = JsonSerializer.Serialize(details),
    };

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
