using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Formulate.Web.Security.Sso;

internal static class SsoEndpoints
{
    public static IEndpointRouteBuilder MapSsoSignIn(this IEndpointRouteBuilder app)
    {
        app.MapGet(SsoDefaults.StartPath, ([FromQuery(Name = "ReturnUrl")] string? returnUrl, IOptions<SsoOptions> sso) =>
                sso.Value.IsConfigured
                    ? Results.Challenge(new AuthenticationProperties { RedirectUri = LocalUrl.OrHome(returnUrl) }, [SsoDefaults.Scheme])
                    // Sign-in through a provider is off: the sign-in page offers what is on.
                    : Results.Redirect(CookieScheme.SignInPath))
            .AllowAnonymous()
            .ExcludeFromDescription();
        return app;
    }
}
