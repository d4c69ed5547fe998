using System.Globalization;
using System.Security.Claims;
using Formulate.Data.Entities;

namespace Formulate.Web.Security;

public static class AccountPrincipal
{
    public static ClaimsPrincipal Create(UserAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, account.UserName),
            new(FormulateClaimTypes.UserId, account.Id.ToString("D", CultureInfo.InvariantCulture)),
            new(FormulateClaimTypes.DisplayName, account.DisplayName),
            new(FormulateClaimTypes.SecurityStamp, account.SecurityStamp),
        };
        if (account.MustChangePassword)
        {
            claims.Add(new Claim(FormulateClaimTypes.MustChangePassword, "true"));
        }

        if (account.Team is not null)
        {
            claims.Add(new Claim(FormulateClaimTypes.Team, account.Team));
        }

        claims.AddRange(account.Roles.Select(role => new Claim(ClaimTypes.Role, role.Role.ToString())));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieScheme.Name, ClaimTypes.Name, ClaimTypes.Role));
    }

    /// <summary>
    /// The account as it is now, for a session that carries on: it is still the same server-side session, and its time
    /// limit still counts from when it began.
    /// </summary>
    public static ClaimsPrincipal Continuing(UserAccount account, ClaimsPrincipal session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var current = Create(account);
        if (SessionClock.SignedInAt(session) is { } signedInAt)
        {
            SessionClock.Stamp((ClaimsIdentity)current.Identity!, signedInAt);
        }

        ServerSessions.Continue((ClaimsIdentity)current.Identity!, session);

        return current;
    }

    public static bool MustChangePassword(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.HasClaim(FormulateClaimTypes.MustChangePassword, "true");
    }

    public static string DisplayNameOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirstValue(FormulateClaimTypes.DisplayName) ?? user.Identity?.Name ?? "";
    }
}
