using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OAuth;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Formulate.Web.Security.Sso;

/// <summary>
/// OpenID Connect sign-in on the shared framework's OAuth handler, which already does the
/// authorization code flow with PKCE, the state and its correlation cookie. This adds what
/// OpenID Connect needs on top: the endpoints from discovery, a nonce, and the id_token checked
/// by <see cref="SsoIdTokenValidator"/> before anyone is signed in.
/// </summary>
public sealed class SsoHandler(
    IOptionsMonitor<SsoAuthenticationOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptions<SsoOptions> ssoOptions)
    : OAuthHandler<SsoAuthenticationOptions>(options, logger, encoder)
{
    private OpenIdConnectConfiguration? _configuration;

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (!Options.IsConfigured)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        _configuration = await ProviderConfigurationAsync().ConfigureAwait(false);
        properties.Items[SsoDefaults.NonceKey] = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        await base.HandleChallengeAsync(properties).ConfigureAwait(false);
    }

    protected override string BuildChallengeUrl(AuthenticationProperties properties, string redirectUri)
    {
        // The base class builds the query (client id, scope, state, PKCE challenge) on the configured endpoint; send it to the discovered one.
        var url = base.BuildChallengeUrl(properties, redirectUri);
        var query = QueryHelpers.ParseQuery(new Uri(url).Query);
        var parameters = query.ToDictionary(pair => pair.Key, pair => (string?)pair.Value.ToString());
        parameters["nonce"] = properties.Items[SsoDefaults.NonceKey];
        parameters["response_mode"] = "query";
        return QueryHelpers.AddQueryString(_configuration!.AuthorizationEndpoint, parameters);
    }

    protected override async Task<OAuthTokenResponse> ExchangeCodeAsync(OAuthCodeExchangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var configuration = await ProviderConfigurationAsync().ConfigureAwait(false);
        var parameters = new Dictionary<string, string>
        {
            ["client_id"] = Options.ClientId,
            ["client_secret"] = Options.ClientSecret,
            ["redirect_uri"] = context.RedirectUri,
            ["code"] = context.Code,
            ["grant_type"] = "authorization_code",
        };
        if (context.Properties.Items.Remove(OAuthConstants.CodeVerifierKey, out var verifier) && verifier is not null)
        {
            parameters[OAuthConstants.CodeVerifierKey] = verifier;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, configuration.TokenEndpoint) { Content = new FormUrlEncodedContent(parameters) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await Backchannel.SendAsync(request, Context.RequestAborted).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(Context.RequestAborted).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            return OAuthTokenResponse.Failed(new AuthenticationFailureException(
                string.Create(CultureInfo.InvariantCulture, $"The provider's token endpoint refused the sign-in code ({(int)response.StatusCode}).")));
        }

        return OAuthTokenResponse.Success(JsonDocument.Parse(body));
    }

    protected override async Task<AuthenticationTicket> CreateTicketAsync(
        System.Security.Claims.ClaimsIdentity identity, AuthenticationProperties properties, OAuthTokenResponse tokens)
    {
        ArgumentNullException.ThrowIfNull(properties);
        ArgumentNullException.ThrowIfNull(tokens);
        var idToken = tokens.Response?.RootElement.TryGetProperty("id_token", out var token) == true ? token.GetString() : null;
        if (string.IsNullOrEmpty(idToken))
        {
            throw new AuthenticationFailureException("The provider's token response has no id_token; check that the scope includes openid.");
        }

        properties.Items.Remove(SsoDefaults.NonceKey, out var nonce);
        var check = await SsoIdTokenValidator.ValidateAsync(
            idToken, nonce ?? "", Options.ClientId, Options.ConfigurationManager!, Context.RequestAborted).ConfigureAwait(false);
        if (check.Identity is null)
        {
            throw new AuthenticationFailureException(check.Problem);
        }

        var mapping = SsoPrincipalFactory.Create(check.Identity, ssoOptions.Value);
        if (mapping.Principal is null)
        {
            throw new AuthenticationFailureException(mapping.Problem);
        }

        SsoSignOut.Keep(properties, idToken);
        return new AuthenticationTicket(mapping.Principal, properties, Scheme.Name);
    }

    private Task<OpenIdConnectConfiguration> ProviderConfigurationAsync() =>
        Options.ConfigurationManager!.GetConfigurationAsync(Context.RequestAborted);
}
