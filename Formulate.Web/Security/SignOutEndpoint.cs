using Microsoft.AspNetCore.Antiforgery;
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

        await context.SignOutAsync(CookieScheme.Name).ConfigureAwait(false);
        return Results.Redirect($"{CookieScheme.SignInPath}?{SignedOutQuery}=true");
    }
}
