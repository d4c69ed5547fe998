using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.WebUtilities;

namespace Formulate.Web.Security;

/// <summary>
/// Someone whose password was given to them by an administrator, or written to the start-up log, chooses their own before
/// anything else: every other page sends them to change it, and from there on to the page they asked for. Addresses anyone
/// may open (sign-in, sign-out, static files, health checks) are left alone, and so are keeping the session going and the
/// API, whose callers use keys.
/// Interactive pages are covered too: one only starts from a full request, which comes here first.
/// </summary>
internal static class RequiredPasswordChange
{
    public const string ChangePath = "/account/password";

    public const string ReturnUrlQuery = "ReturnUrl";

    /// <remarks>After <c>UseAuthorization</c>, so that someone not signed in is sent to sign in first.</remarks>
    public static IApplicationBuilder UseRequiredPasswordChange(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!MustChangeFirst(context))
            {
                await next(context).ConfigureAwait(false);
                return;
            }

            var target = ChangePath;
            if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            {
                var asked = LocalUrl.OrHome($"{context.Request.PathBase}{context.Request.Path}{context.Request.QueryString}");
                target = QueryHelpers.AddQueryString(target, ReturnUrlQuery, asked);
            }

            context.Response.Redirect(target);
        });

    private static bool MustChangeFirst(HttpContext context) =>
        AccountPrincipal.MustChangePassword(context.User)
        && context.GetEndpoint() is { } endpoint
        && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null
        && !context.Request.Path.Equals(ChangePath, StringComparison.OrdinalIgnoreCase)
        // The change page's own script keeps the session going while the new password is chosen.
        && !context.Request.Path.Equals(CookieScheme.KeepAlivePath, StringComparison.OrdinalIgnoreCase);
}
