using Microsoft.AspNetCore.Antiforgery;

namespace Formulate.Web.Security;

/// <summary>
/// Where an open page tells the server that its user is still there: choosing "Stay signed in", or working in a page
/// that sends no requests of its own. The sign-in cookie's checks run first and renew the cookie.
/// </summary>
internal static class SessionKeepAliveEndpoint
{
    public static IEndpointRouteBuilder MapSessionKeepAlive(this IEndpointRouteBuilder app)
    {
        app.MapPost(CookieScheme.KeepAlivePath, KeepAliveAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> KeepAliveAsync(HttpContext context, IAntiforgery antiforgery) =>
        await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false)
            ? Results.NoContent()
            // Kept alive only by a page of this site: another site could otherwise keep a session going for ever.
            : Results.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                detail: "The request did not carry this page's antiforgery token in the RequestVerificationToken header. Reload the page and try again.");
}
