using System.Security.Claims;

namespace Formulate.Web.Security;

/// <summary>The user name recorded against every change a signed-in user makes.</summary>
public static class UserNames
{
    public static string Of(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identity?.Name is { Length: > 0 } name
            ? name
            : throw new InvalidOperationException("Changes can only be made by a signed-in user.");
    }
}
