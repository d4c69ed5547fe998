using System.Security.Claims;
using Formulate.Web.Security;

namespace Formulate.Web.Accounts;

/// <summary>Who is changing accounts: their user name for the audit log, and their own account when they signed in with one.</summary>
public sealed record AccountAdministrator(string UserName, Guid? AccountId)
{
    public static AccountAdministrator Of(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var userName = user.Identity?.Name is { Length: > 0 } name
            ? name
            : throw new InvalidOperationException("Accounts can only be changed by a signed-in user.");
        return new AccountAdministrator(userName, Guid.TryParse(user.FindFirstValue(FormulateClaimTypes.UserId), out var id) ? id : null);
    }
}
