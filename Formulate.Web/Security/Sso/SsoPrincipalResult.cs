using System.Security.Claims;

namespace Formulate.Web.Security.Sso;

/// <param name="Principal">The signed-in person, when the provider's claims give them at least one role.</param>
/// <param name="Problem">Otherwise, why not, for the log.</param>
public sealed record SsoPrincipalResult(ClaimsPrincipal? Principal, string Problem = "");
