using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.WebUtilities;

namespace Formulate.Web.Security;

/// <summary>
/// A sign-in form whose antiforgery token no longer matches the browser's session (opened before
/// signing in or out in another tab) goes back to a fresh sign-in page that says why, instead of
/// a bare "400 Bad Request".
/// </summary>
internal static class ExpiredSignInForms
{
    public const string ExpiredQuery = "formExpired";

    private const string ReturnUrlQuery = "ReturnUrl";

    /// <remarks>After <c>UseAntiforgery</c>, which records whether the form's token is valid.</remarks>
    public static IApplicationBuilder UseExpiredSignInForms(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!IsExpiredSignInForm(context))
            {
                await next(context).ConfigureAwait(false);
                return;
            }

            var target = CookieScheme.SignInPath;
            if (QueryHelpers.ParseQuery(context.Request.QueryString.Value).TryGetValue(ReturnUrlQuery, out var returnUrl))
            {
                target = QueryHelpers.AddQueryString(target, ReturnUrlQuery, returnUrl.ToString());
            }

            context.Response.StatusCode = StatusCodes.Status303SeeOther;
            context.Response.Headers.Location = QueryHelpers.AddQueryString(target, ExpiredQuery, "true");
        });

    private static bool IsExpiredSignInForm(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method)
        && context.Request.Path.Equals(CookieScheme.SignInPath, StringComparison.OrdinalIgnoreCase)
        && context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false };
}
