using System.Security.Claims;

namespace Formulate.Web.Security.Sso;

/// <param name="Identity">The id_token's claims, when every check passed.</param>
/// <param name="Problem">Otherwise, which check failed, for the log.</param>
public sealed record SsoTokenCheck(ClaimsIdentity? Identity, string Problem = "");
