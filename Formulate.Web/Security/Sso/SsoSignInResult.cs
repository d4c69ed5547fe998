using System.Security.Claims;

namespace Formulate.Web.Security.Sso;

/// <param name="Principal">The signed-in person, when their account lets them in.</param>
/// <param name="Refusal">Otherwise, why not.</param>
public sealed record SsoSignInResult(ClaimsPrincipal? Principal, SsoRefusal? Refusal = null);
