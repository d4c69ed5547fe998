using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.Options;

namespace Formulate.Web.Security;

/// <summary>
/// An open page keeps the user it started with; this checks the account again while the page stays open, and when it
/// has ended or changed, the page loads again in full, where the cookie's own check signs it out or carries on with the
/// account as it now is.
/// </summary>
internal sealed class AccountRevalidation(ILoggerFactory loggerFactory, AccountCheck check, IOptions<FormulateSignInOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromSeconds(options.Value.AccountRecheckSeconds);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        (await check.CheckAsync(authenticationState.User, cancellationToken).ConfigureAwait(false)).Standing == AccountStanding.Unchanged;
}
