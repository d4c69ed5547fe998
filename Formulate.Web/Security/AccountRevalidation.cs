using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.Options;

namespace Formulate.Web.Security;

/// <summary>
/// An open page keeps the user it started with; this checks the session's time limit, the session timeout (from the
/// page's own activity, since the page's script cannot be trusted to end it) and the account again while the page stays
/// open, and when any has run out or changed, the page loads again in full, where the cookie's own check signs it out or
/// carries on with the account as it now is.
/// </summary>
internal sealed class AccountRevalidation(
    ILoggerFactory loggerFactory,
    AccountCheck check,
    IOptions<FormulateSignInOptions> options,
    TimeProvider time,
    CircuitActivity activity,
    IHostApplicationLifetime lifetime)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromSeconds(options.Value.AccountRecheckSeconds);

    /// <summary>
    /// Whether the page may carry on as its user: the session is within its time limit, something was done in the page
    /// within the session timeout, and the account is unchanged.
    /// </summary>
    internal async Task<bool> MayCarryOnAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        // While the app stops, the services a check needs are being disposed and the page is ending with the app; a
        // check then would only fail, and be logged as an error for every open page at every deployment.
        lifetime.ApplicationStopping.IsCancellationRequested
        || (!SessionClock.IsPastLimit(user, time.GetUtcNow(), options.Value.MaxSessionHours)
            && !activity.IsIdle(time.GetUtcNow(), options.Value.SessionTimeoutMinutes)
            && (await check.CheckAsync(user, cancellationToken).ConfigureAwait(false)).Standing == AccountStanding.Unchanged);

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        MayCarryOnAsync(authenticationState.User, cancellationToken);
}
