using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Formulate.Data.Entities;

namespace Formulate.Web.Security;

/// <summary>
/// Checks the sign-in cookie on every request. A session past the council's limit on one sign-in ends, however active,
/// and so does one that has ended on the server, or whose account has ended or has a new password
/// (<see cref="AccountCheck"/>); one whose account's teams or roles changed carries on with the new ones. Each request restarts the session timeout, so that an open page can
/// count it down from its own load. When a session ends, the sign-in page says why, including when its cookie had expired.
/// </summary>
internal static class SignInCookieChecks
{
    public const string EndedQuery = "ended";

    private static readonly object EndedItem = new();

    /// <summary>Why this request's cookie was refused, if it was.</summary>
    private static SessionEnd? EndedOn(HttpContext context) =>
        context.Items.TryGetValue(EndedItem, out var why) ? (SessionEnd)why! : null;

    public static string QueryValue(SessionEnd why) => why switch
    {
        SessionEnd.TimeLimit => "time-limit",
        SessionEnd.PasswordChanged => "password",
        SessionEnd.Idle => "idle",
        SessionEnd.SignedOut => "signed-out",
        _ => "account",
    };

    public static SessionEnd? FromQuery(string? value) => value switch
    {
        "time-limit" => SessionEnd.TimeLimit,
        "account" => SessionEnd.AccountEnded,
        "password" => SessionEnd.PasswordChanged,
        "idle" => SessionEnd.Idle,
        "signed-out" => SessionEnd.SignedOut,
        _ => null,
    };

    public static void Attach(CookieAuthenticationEvents events)
    {
        var redirectToSignIn = events.OnRedirectToLogin;
        events.OnSigningIn = async context =>
        {
            // A session whose cookie is issued again, after its owner changed their password, keeps when it began, and
            // stays the same session on the server.
            var identity = (ClaimsIdentity)context.Principal!.Identity!;
            if (SessionClock.SignedInAt(context.Principal!) is null)
            {
                SessionClock.Stamp(identity, Now(context.Options));
            }

            if (ServerSessions.IdOf(context.Principal!) is null)
            {
                await context.HttpContext.RequestServices.GetRequiredService<ServerSessions>()
                    .StartAsync(identity, context.HttpContext.RequestAborted).ConfigureAwait(false);
            }
        };
        events.OnValidatePrincipal = ValidatePrincipalAsync;
        events.OnCheckSlidingExpiration = context =>
        {
            context.ShouldRenew &= !IsOpenPageConnection(context.HttpContext);
            return Task.CompletedTask;
        };
        events.OnRedirectToLogin = context =>
        {
            if ((EndedOn(context.HttpContext) ?? ExpiredCookie(context)) is { } why)
            {
                context.RedirectUri = QueryHelpers.AddQueryString(context.RedirectUri, EndedQuery, QueryValue(why));
            }

            return redirectToSignIn(context);
        };
    }

    private static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        // Static files, health checks and the sign-in page answer the same whoever is signed in; checking there would
        // read the account again for every stylesheet, script and font a page loads.
        if (context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return;
        }

        var services = context.HttpContext.RequestServices;
        var now = Now(context.Options);
        if (SessionClock.SignedInAt(context.Principal!) is null)
        {
            // A session begun before the limit was kept counts from now.
            var stamped = context.Principal!.Clone();
            SessionClock.Stamp((ClaimsIdentity)stamped.Identity!, now);
            context.ReplacePrincipal(stamped);
            context.ShouldRenew = true;
        }
        else if (SessionClock.IsPastLimit(context.Principal!, now, services.GetRequiredService<IOptions<FormulateSignInOptions>>().Value.MaxSessionHours))
        {
            await EndAsync(context, SessionEnd.TimeLimit).ConfigureAwait(false);
            return;
        }

        var outcome = await services.GetRequiredService<AccountCheck>().CheckAsync(context.Principal!, context.HttpContext.RequestAborted).ConfigureAwait(false);
        if (outcome.EndsSession is { } why)
        {
            await EndAsync(context, why).ConfigureAwait(false);
            return;
        }

        switch (outcome.Standing)
        {
            case AccountStanding.Changed:
                context.ReplacePrincipal(outcome.Current!);
                context.ShouldRenew = true;
                break;
            default:
                // Left to itself the cookie slides only once half its time has gone, so a page could not tell when it
                // runs out; renewed on every request, it runs out the session timeout after the last one. One issued
                // this very second already does.
                context.ShouldRenew |= !IsOpenPageConnection(context.HttpContext)
                    && now - (context.Properties.IssuedUtc ?? now) >= TimeSpan.FromSeconds(1);
                break;
        }
    }

    /// <summary>
    /// An open page's own connection (which may poll when WebSockets are blocked) says nothing of its user being there,
    /// so it never keeps a session going: only requests the user makes, and the page's keep-alive, do.
    /// </summary>
    private static bool IsOpenPageConnection(HttpContext context) => context.Request.Path.StartsWithSegments("/_blazor", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A sign-in cookie that came with the request but had run out means the session timed out with nothing done; the
    /// stale cookie goes, so that the sign-in page says so once.
    /// </summary>
    private static SessionEnd? ExpiredCookie(RedirectContext<CookieAuthenticationOptions> context)
    {
        var options = context.Options;
        var cookie = options.CookieManager.GetRequestCookie(context.HttpContext, options.Cookie.Name!);
        if (string.IsNullOrEmpty(cookie)
            || options.TicketDataFormat.Unprotect(cookie)?.Properties.ExpiresUtc is not { } expires
            || expires > Now(options))
        {
            return null;
        }

        options.CookieManager.DeleteCookie(context.HttpContext, options.Cookie.Name!, options.Cookie.Build(context.HttpContext));
        return SessionEnd.Idle;
    }

    private static async Task EndAsync(CookieValidatePrincipalContext context, SessionEnd why)
    {
        var logger = context.HttpContext.RequestServices.GetRequiredService<ILogger<AccountCheck>>();
        var userName = context.Principal!.Identity?.Name ?? "";
        WebLog.SessionEnded(logger, userName, why);
        await context.HttpContext.RequestServices.GetRequiredService<ServerSessions>()
            .EndAsync(context.Principal!, why, context.HttpContext.RequestAborted).ConfigureAwait(false);
        context.RejectPrincipal();
        context.HttpContext.Items[EndedItem] = why;
        await context.HttpContext.SignOutAsync(context.Scheme.Name).ConfigureAwait(false);
    }

    private static DateTimeOffset Now(CookieAuthenticationOptions options) => (options.TimeProvider ?? TimeProvider.System).GetUtcNow();
}
