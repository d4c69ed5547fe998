using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Formulate.Web.Security.Sso;

/// <summary>
/// Signing out of Formulate also ends the session at the council's OpenID Provider, where it offers that (its discovered
/// end_session_endpoint), so that the next person at a shared computer cannot walk straight back in. The provider then
/// returns the browser to Formulate's sign-in page.
/// </summary>
internal static partial class SsoSignOut
{
    public const string IdTokenName = "id_token";

    /// <summary>What Formulate asks the provider to pass back when it returns the browser (OpenID Connect RP-Initiated Logout).</summary>
    public const string StateQuery = "state";

    /// <param name="state">Passed back to Formulate with the browser, such as why the session ended.</param>
    /// <returns>The provider's sign-out address to send the browser to, or null to end only Formulate's session.</returns>
    public static async Task<string?> ProviderSignOutUrlAsync(HttpContext context, string? idToken, string returnPath, string? state)
    {
        if (string.IsNullOrEmpty(idToken))
        {
            return null;
        }

        var options = context.RequestServices.GetRequiredService<IOptionsMonitor<SsoAuthenticationOptions>>().Get(SsoDefaults.Scheme);
        if (options.ConfigurationManager is null)
        {
            return null;
        }

        try
        {
            var provider = await options.ConfigurationManager.GetConfigurationAsync(context.RequestAborted).ConfigureAwait(false);
            if (string.IsNullOrEmpty(provider.EndSessionEndpoint))
            {
                return null;
            }

            var returnUrl = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}{returnPath}";
            var query = new Dictionary<string, string?>
            {
                ["id_token_hint"] = idToken,
                ["client_id"] = options.ClientId,
                ["post_logout_redirect_uri"] = returnUrl,
            };
            if (state is not null)
            {
                query[StateQuery] = state;
            }

            return QueryHelpers.AddQueryString(provider.EndSessionEndpoint, query);
        }
        catch (InvalidOperationException exception)
        {
            // The provider cannot be reached: Formulate's own session has ended, which is what matters most.
            Unreachable(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SsoSignOut)), exception.Message);
            return null;
        }
    }

    /// <summary>Keeps the provider's id_token with the session, as the hint its sign-out asks for.</summary>
    public static void Keep(AuthenticationProperties properties, string idToken) =>
        properties.StoreTokens([new AuthenticationToken { Name = IdTokenName, Value = idToken }]);

    [LoggerMessage(EventId = 2301, Level = LogLevel.Warning, Message = "The identity provider's sign-out could not be found ({Reason}); only Formulate's session was ended")]
    private static partial void Unreachable(ILogger logger, string reason);
}
