using Formulate.Data.Entities;

namespace Formulate.Web.Security.Sso;

/// <summary>Who a checked id_token names, and what Formulate's mappings give them.</summary>
/// <param name="ExternalId">The account's key: <c>entra|{tid}|{oid}</c> or <c>oidc|{issuer}|{subject}</c>.</param>
public sealed record SsoPerson(string ExternalId, string UserName, string DisplayName, IReadOnlyList<Role> Roles, IReadOnlyList<string> Teams);
