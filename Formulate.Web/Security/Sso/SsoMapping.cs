using System.Security.Claims;
using Formulate.Data.Entities;

namespace Formulate.Web.Security.Sso;

/// <summary>Reads a checked id_token's claims: who the person is, and the Formulate roles and teams their groups or app roles map to.</summary>
public static class SsoMapping
{
    public static (SsoPerson? Person, SsoRefusal? Refusal, string Problem) Read(ClaimsPrincipal token, SsoOptions options)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(options);
        var externalId = ExternalIdOf(token, options.Provider);
        if (externalId is null)
        {
            return (null, SsoRefusal.Failed, options.Provider == SsoProvider.Entra
                ? "The id_token has no tid or oid claim, which Formulate keys Entra ID accounts by."
                : "The id_token has no sub claim, which Formulate keys accounts by.");
        }

        var userName = First(token, options.UserNameClaimType) ?? First(token, "email") ?? First(token, "sub")!;
        if (options.Provider == SsoProvider.Entra && !options.AllowsTenant(First(token, "tid")!))
        {
            return (null, SsoRefusal.WrongTenant, $"{userName} is of Entra ID tenant {First(token, "tid")}, which is not in Formulate:Sso:AllowedTenantIds.");
        }

        var groups = token.FindAll(options.EffectiveGroupsClaimType).Select(claim => claim.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var roleMap = new Dictionary<string, string>(options.RoleMappings, StringComparer.OrdinalIgnoreCase);
        var teamMap = new Dictionary<string, string>(options.TeamMappings, StringComparer.OrdinalIgnoreCase);
        var roles = groups.Where(roleMap.ContainsKey).Select(group => Enum.Parse<Role>(roleMap[group])).Distinct().Order().ToList();
        if (roles.Count == 0)
        {
            return (null, SsoRefusal.Unmapped,
                $"{userName} has none of the groups or roles ({options.EffectiveGroupsClaimType} claim) that Formulate:Sso:RoleMappings gives a Formulate role.");
        }

        var teams = groups.Where(teamMap.ContainsKey).Select(group => teamMap[group]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var person = new SsoPerson(externalId, userName, First(token, options.DisplayNameClaimType) ?? userName, roles, teams);
        return (person, null, "");
    }

    /// <summary>Entra ID's tenant and object ids never change for a person, whereas their user name may; any other provider's subject is unique only with its issuer.</summary>
    private static string? ExternalIdOf(ClaimsPrincipal token, SsoProvider provider)
    {
        if (provider == SsoProvider.Entra)
        {
            return First(token, "tid") is { } tenant && First(token, "oid") is { } objectId ? $"entra|{tenant}|{objectId}" : null;
        }

        var subject = token.FindFirst("sub");
        return subject is null ? null : $"oidc|{subject.Issuer}|{subject.Value}";
    }

    private static string? First(ClaimsPrincipal token, string claimType) =>
        token.FindFirst(claimType)?.Value is { Length: > 0 } value ? value : null;
}
