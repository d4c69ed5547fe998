using Microsoft.AspNetCore.Authentication.Cookies;

namespace Formulate.Web.Security;

public static class CookieScheme
{
    public const string Name = CookieAuthenticationDefaults.AuthenticationScheme;

    /// <summary>The default scheme: the API key for the API, the sign-in cookie for everything else.</summary>
    public const string ByPath = "Formulate";

    public const string CookieName = "Formulate.SignIn";

    public const string SignInPath = "/sign-in";

    public const string SignOutPath = "/sign-out";

    public const string KeepAlivePath = "/session/keep-alive";

    public const string ForbiddenPath = "/forbidden";
}
