using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.WebUtilities;

namespace Formulate.Web.Security;

/// <summary>
/// Checks the account behind the sign-in cookie on every request (<see cref="AccountCheck"/>): an account that has
/// ended is signed out, and the sign-in page says why; one whose teams or roles changed carries on with the new ones.
/// </summary>
internal static class AccountCookieValidation
{
    public const string EndedQuery = "accountEnded";

    private static readonly object EndedItem = new();

    /// <summary>Whether this request's cookie was refused because its account has ended.</summary>
    public static bool EndedOn(HttpContext context) => context.Items.ContainsKey(EndedItem);

    public static void Attach(CookieAuthenticationEvents events)
    {
        var redirectToSignIn = events.OnRedirectToLogin;
        events.OnValidatePrincipal = ValidatePrincipalAsync;
        events.OnRedirectToLogin = context =>
        {
            if (EndedOn(context.HttpContext))
            {
                context.RedirectUri = QueryHelpers.AddQueryString(context.RedirectUri, EndedQuery, "true");
            }

            return redirectToSignIn(context);
        };
    }

    private static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var check = context.HttpContext.RequestServices.GetRequiredService<AccountCheck>();
        var outcome = await check.CheckAsync(context.Principal!, context.HttpContext.RequestAborted).ConfigureAwait(false);
        switch (outcome.Standing)
        {
            case AccountStanding.Ended:
                var logger = context.HttpContext.RequestServices.GetRequiredService<ILogger<AccountCheck>>();
                var userName = context.Principal!.Identity?.Name ?? "";
                WebLog.SessionEnded(logger, userName);
                context.RejectPrincipal();
                context.HttpContext.Items[EndedItem] = true;
                await context.HttpContext.SignOutAsync(context.Scheme.Name).ConfigureAwait(false);
                break;
            case AccountStanding.Changed:
                context.ReplacePrincipal(outcome.Current!);
                context.ShouldRenew = true;
                break;
        }
    }
}
