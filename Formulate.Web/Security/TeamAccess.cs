using System.Security.Claims;

namespace Formulate.Web.Security;

/// <summary>
/// Practitioners and team managers work on the people of their own teams only: the caseload
/// lists them, and a link to anyone else's person, profile, letter or submission is refused.
/// </summary>
public static class TeamAccess
{
    public static IReadOnlySet<string> TeamsOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindAll(FormulateClaimTypes.Team).Select(claim => claim.Value).ToHashSet(StringComparer.Ordinal);
    }

    public static bool Allows(ClaimsPrincipal user, string team) => TeamsOf(user).Contains(team);
}
