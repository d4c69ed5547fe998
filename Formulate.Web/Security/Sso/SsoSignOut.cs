using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace Formulate.Web.Security.Sso;

/// <summary>
/// Signing out of Formulate after signing in through the council's provider also ends the session there, where the
/// provider offers that (its end_session_endpoint), so that the next person at a shared computer cannot walk straight
/// back in. The framework's handler sends the browser with the id_token as the hint and gets it back at
/// <see cref="SsoDefaults.SignedOutCallbackPath"/>, which goes on to <c>returnPath</c>.
/// </summary>
internal static partial class SsoSignOut
{
    /// <returns>Whether the browser is on its way to the provider's sign-out; if not, only Formulate's session ends.</returns>
    public static async Task<bool> SignOutAtProviderAsync(HttpContext context, ClaimsPrincipal user, string returnPath)
    {
        if (!user.HasClaim(claim => claim.Type == FormulateClaimTypes.SignInProvider)
            || await context.RequestServices.GetRequiredService<IAuthenticationSchemeProvider>().GetSchemeAsync(SsoDefaults.Scheme).ConfigureAwait(false) is null)
        {
            return false;
        }

        var options = context.RequestServices.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(SsoDefaults.Scheme);
        try
        {
            var provider = await options.ConfigurationManager!.GetConfigurationAsync(context.RequestAborted).ConfigureAwait(false);
            if (string.IsNullOrEmpty(provider.EndSessionEndpoint))
            {
                return false;
            }
        }
        catch (InvalidOperationException exception)
        {
            // The provider cannot be reached: Formulate's own session has ended, which is what matters most.
            Unreachable(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SsoSignOut)), exception.Message);
            return false;
        }

        await context.SignOutAsync(SsoDefaults.Scheme, new AuthenticationProperties { RedirectUri = returnPath }).ConfigureAwait(false);
        return true;
    }

    [LoggerMessage(EventId = 2301, Level = LogLevel.Warning, Message = "The identity provider's sign-out could not be found ({Reason}); only Formulate's session was ended")]
    private static partial void Unreachable(ILogger logger, string reason);
}
