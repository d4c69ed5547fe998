using System.Globalization;
using System.Security.Claims;
using Formulate.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Formulate.Data.Entities;

namespace Formulate.Web.Security;

/// <summary>
/// Reads a signed-in session and its Formulate account again, so that signing out, deactivating the account, switching
/// local accounts off, or moving someone to another team or role takes effect on their next request rather than at
/// their next sign-in, which a session that keeps sliding might never reach. A session that has ended on the server, or
/// that the server does not know, is refused, whichever copy of its cookie comes back. A session whose account has a
/// new password since (a different security stamp) ends, unless it is the session that changed it, whose cookie carries
/// the new stamp. People signed in through the council's provider have an account too: their session ends when it is
/// deactivated or removed, and the provider decides their roles and teams when they next sign in.
/// </summary>
public sealed class AccountCheck(IDbContextFactory<FormulateDbContext> contextFactory, IOptions<FormulateSignInOptions> options)
{
    public async Task<AccountCheckOutcome> CheckAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var idText = user.FindFirstValue(FormulateClaimTypes.UserId);
        var throughProvider = user.HasClaim(claim => claim.Type == FormulateClaimTypes.SignInProvider);
        var isLocal = idText is not null && !throughProvider;
        if (isLocal && (!options.Value.LocalAccountsEnabled || !Guid.TryParse(idText, out _)))
        {
            return AccountCheckOutcome.Ended;
        }

        // A session from before sessions were kept on the server has none: it ends, as it could not be signed out.
        if (ServerSessions.IdOf(user) is not { } sessionId)
        {
            return AccountCheckOutcome.SessionEnded(SessionEnd.SignedOut);
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        // One keyed read: the session, with its account and the account's roles.
        var session = await context.SignInSessions.AsNoTracking()
            .Include(s => s.Account).ThenInclude(a => a!.Roles)
            .SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken)
            .ConfigureAwait(false);
        if (session is null)
        {
            return AccountCheckOutcome.SessionEnded(SessionEnd.SignedOut);
        }

        if (session.HasEnded)
        {
            return AccountCheckOutcome.SessionEnded(session.EndReason ?? SessionEnd.SignedOut);
        }

        var account = session.Account;
        if (!isLocal)
        {
            // A session signed in through the provider before such people had accounts names none: it ends, to sign in again and get one.
            return idText is null ? AccountCheckOutcome.SessionEnded(SessionEnd.SignedOut)
                : account is { IsActive: true } && idText == account.Id.ToString("D", CultureInfo.InvariantCulture) ? AccountCheckOutcome.Unchanged
                : AccountCheckOutcome.Ended;
        }

        if (account is not null && idText != account.Id.ToString("D", CultureInfo.InvariantCulture))
        {
            return AccountCheckOutcome.SessionEnded(SessionEnd.SignedOut);
        }

        // A removed account leaves its sessions behind, with no account.
        if (account is not { IsActive: true })
        {
            return AccountCheckOutcome.Ended;
        }

        // A session from before stamps were kept has none: it ends too, as its password may have changed since.
        if (user.FindFirstValue(FormulateClaimTypes.SecurityStamp) != account.SecurityStamp)
        {
            return AccountCheckOutcome.PasswordChanged;
        }

        var current = AccountPrincipal.Continuing(account, user);
        return Claims(current).SequenceEqual(Claims(user), StringComparer.Ordinal)
            ? AccountCheckOutcome.Unchanged
            : new AccountCheckOutcome(AccountStanding.Changed, current);
    }

    /// <summary>What the account says about the user; when the session began is the session's, not the account's.</summary>
    private static IEnumerable<string> Claims(ClaimsPrincipal user) =>
        user.Claims.Where(claim => claim.Type != FormulateClaimTypes.SignedInAt)
            .Select(claim => $"{claim.Type}\n{claim.Value}")
            .Order(StringComparer.Ordinal);
}
