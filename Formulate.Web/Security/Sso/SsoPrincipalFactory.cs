using System.Security.Claims;
using Formulate.Data.Entities;

namespace Formulate.Web.Security.Sso;

/// <summary>Turns a checked id_token into a Formulate user: the provider's groups or app roles mapped to our roles and teams.</summary>
public static class SsoPrincipalFactory
{
    public static SsoPrincipalResult Create(ClaimsIdentity token, SsoOptions options)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(options);
        var userName = First(token, options.UserNameClaimType) ?? First(token, "email") ?? First(token, "sub");
        if (string.IsNullOrWhiteSpace(userName))
        {
            return new SsoPrincipalResult(null, "The id_token names nobody: it has no user name, email or subject claim.");
        }

        var groups = token.FindAll(options.GroupsClaimType).Select(claim => claim.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var roleMap = new Dictionary<string, string>(options.RoleMappings, StringComparer.OrdinalIgnoreCase);
        var teamMap = new Dictionary<string, string>(options.TeamMappings, StringComparer.OrdinalIgnoreCase);
        var roles = groups.Where(roleMap.ContainsKey)
            .Select(group => Enum.Parse<Role>(roleMap[group]))
            .Distinct()
            .Order()
            .ToList();
        if (roles.Count == 0)
        {
            return new SsoPrincipalResult(null, $"{userName} has none of the groups or roles that Formulate:Sso:RoleMappings gives a Formulate role.");
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, userName),
            new(FormulateClaimTypes.DisplayName, First(token, options.DisplayNameClaimType) ?? userName),
        };
        claims.AddRange(groups.Where(teamMap.ContainsKey).Select(group => teamMap[group]).Distinct(StringComparer.Ordinal)
            .Select(team => new Claim(FormulateClaimTypes.Team, team)));
        claims.AddRange(roles.Select(role => new Claim(ClaimTypes.Role, role.ToString())));
        return new SsoPrincipalResult(new ClaimsPrincipal(new ClaimsIdentity(claims, CookieScheme.Name, ClaimTypes.Name, ClaimTypes.Role)));
    }

    private static string? First(ClaimsIdentity token, string claimType) =>
        token.FindFirst(claimType)?.Value is { Length: > 0 } value ? value : null;
}
