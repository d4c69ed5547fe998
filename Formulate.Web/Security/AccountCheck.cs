using System.Security.Claims;
using Formulate.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Formulate.Web.Security;

/// <summary>
/// Reads a signed-in Formulate account again, so that deactivating it, switching local accounts off, or moving someone
/// to another team or role takes effect on their next request rather than at their next sign-in, which a session that
/// keeps sliding might never reach. A session whose account has a new password since (a different security stamp) ends,
/// unless it is the session that changed it, whose cookie carries the new stamp. People signed in through the council's provider have no account here: the provider
/// decides their groups when they next sign in.
/// </summary>
public sealed class AccountCheck(IDbContextFactory<FormulateDbContext> contextFactory, IOptions<FormulateSignInOptions> options)
{
    public async Task<AccountCheckOutcome> CheckAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.FindFirstValue(FormulateClaimTypes.UserId) is not { } idText)
        {
            return AccountCheckOutcome.Unchanged;
        }

        if (!options.Value.LocalAccountsEnabled || !Guid.TryParse(idText, out var id))
        {
            return AccountCheckOutcome.Ended;
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var account = await context.UserAccounts.AsNoTracking()
            .Include(a => a.Roles)
            .SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
            .ConfigureAwait(false);
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
