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
        };
        if (account.Team is not null)
        {
            claims.Add(new Claim(FormulateClaimTypes.Team, account.Team));
        }

        claims.AddRange(account.Roles.Select(role => new Claim(ClaimTypes.Role, role.Role.ToString())));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieScheme.Name, ClaimTypes.Name, ClaimTypes.Role));
    }

    public static string DisplayNameOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirstValue(FormulateClaimTypes.DisplayName) ?? user.Identity?.Name ?? "";
    }
}
