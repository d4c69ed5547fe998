using Microsoft.AspNetCore.Antiforgery;
using Formulate.Web.Security.Sso;
using Microsoft.AspNetCore.Authentication;

namespace Formulate.Web.Security;

internal static class SignOutEndpoint
{
    public const string SignedOutQuery = "signedOut";

    public static IEndpointRouteBuilder MapSignOut(this IEndpointRouteBuilder app)
    {
        // Anonymous, so that someone whose session has already ended still lands on the sign-in page.
        app.MapPost(CookieScheme.SignOutPath, SignOutAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, IAntiforgery antiforgery)
    {
        var signedIn = context.User.Identity?.IsAuthenticated == true;
        if (signedIn && !await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
        {
            // A sign-out posted from another site is ignored rather than obeyed.
            return Results.Redirect("/");
        }

        var idToken = signedIn ? await context.GetTokenAsync(CookieScheme.Name, SsoSignOut.IdTokenName).ConfigureAwait(false) : null;
        await context.SignOutAsync(CookieScheme.Name).ConfigureAwait(false);
        var signedOutPage = $"{CookieScheme.SignInPath}?{SignedOutQuery}=true";
        return Results.Redirect(await SsoSignOut.ProviderSignOutUrlAsync(context, idToken, signedOutPage).ConfigureAwait(false) ?? signedOutPage);
    }
}
