using Microsoft.AspNetCore.Antiforgery;
using Formulate.Web.Security.Sso;
using Microsoft.AspNetCore.Authentication;
using Formulate.Data.Entities;

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

        var timedOut = await TimedOutAsync(context).ConfigureAwait(false);
        if (signedIn && timedOut)
        {
            var logger = context.RequestServices.GetRequiredService<ILogger<AccountCheck>>();
            var userName = context.User.Identity!.Name ?? "";
            WebLog.SessionEnded(logger, userName, SessionEnd.Idle);
        }

        if (signedIn)
        {
            // Ended on the server, so that no copy of the cookie outlives the sign-out.
            await context.RequestServices.GetRequiredService<ServerSessions>()
                .EndAsync(context.User, timedOut ? SessionEnd.Idle : SessionEnd.SignedOut, context.RequestAborted).ConfigureAwait(false);
        }

        var signedOutPage = timedOut
            ? $"{CookieScheme.SignInPath}?{SignInCookieChecks.EndedQuery}={SignInCookieChecks.QueryValue(SessionEnd.Idle)}"
            : $"{CookieScheme.SignInPath}?{SignedOutQuery}=true";
        // The provider's sign-out first: it reads the id_token kept with the sign-in cookie, as the hint.
        var atProvider = signedIn && await SsoSignOut.SignOutAtProviderAsync(context, context.User, signedOutPage).ConfigureAwait(false);
        await context.SignOutAsync(CookieScheme.Name).ConfigureAwait(false);
        // On its way to the provider, which returns it to the sign-in page, saying why the session ended.
        return atProvider ? Results.Empty : Results.Redirect(signedOutPage);
    }

    /// <summary>Whether the page signed its user out itself because nothing was done before the session timeout.</summary>
    private static async Task<bool> TimedOutAsync(HttpContext context) =>
        context.Request.HasFormContentType
        && (await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false))[SignInCookieChecks.EndedQuery] == SignInCookieChecks.QueryValue(SessionEnd.Idle);
}
