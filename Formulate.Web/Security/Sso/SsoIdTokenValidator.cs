using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Formulate.Web.Security.Sso;

/// <summary>
/// Checks an id_token with Microsoft.IdentityModel: the signature against the provider's
/// published keys, the issuer from discovery, this client as the audience, the expiry, and the
/// nonce this sign-in sent (so a token from an earlier sign-in cannot be replayed).
/// </summary>
public static class SsoIdTokenValidator
{
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(2);

    public static async Task<SsoTokenCheck> ValidateAsync(
        string idToken,
        string expectedNonce,
        string clientId,
        IConfigurationManager<OpenIdConnectConfiguration> configurationManager,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(configurationManager);
        var configuration = await configurationManager.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        var result = await ValidateAgainstAsync(idToken, clientId, configuration).ConfigureAwait(false);
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // The provider may have rotated its keys since they were read: read them again, once.
            configurationManager.RequestRefresh();
            configuration = await configurationManager.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
            result = await ValidateAgainstAsync(idToken, clientId, configuration).ConfigureAwait(false);
        }

        if (!result.IsValid)
        {
            return new SsoTokenCheck(null, Describe(result.Exception));
        }

        var nonce = result.ClaimsIdentity.FindFirst(JwtRegisteredClaimNames.Nonce)?.Value;
        if (string.IsNullOrEmpty(nonce) || string.IsNullOrEmpty(expectedNonce)
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(nonce), Encoding.UTF8.GetBytes(expectedNonce)))
        {
            return new SsoTokenCheck(null, "The id_token's nonce is not the one this sign-in sent: it was issued for another sign-in, or replayed.");
        }

        return new SsoTokenCheck(result.ClaimsIdentity);
    }

    private static Task<TokenValidationResult> ValidateAgainstAsync(string idToken, string clientId, OpenIdConnectConfiguration configuration) =>
        new JsonWebTokenHandler().ValidateTokenAsync(idToken, new TokenValidationParameters
        {
            ValidIssuer = configuration.Issuer,
            ValidAudience = clientId,
            IssuerSigningKeys = configuration.SigningKeys,
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            ValidateIssuerSigningKey = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = ClockSkew,
        });

    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenInvalidIssuerException => "The id_token was issued by a different issuer from the configured authority.",
        SecurityTokenInvalidAudienceException => "The id_token was issued for a different client (audience).",
        SecurityTokenExpiredException => "The id_token has expired.",
        SecurityTokenNoExpirationException => "The id_token has no expiry.",
        SecurityTokenInvalidSignatureException or SecurityTokenSignatureKeyNotFoundException
            => "The id_token's signature does not match the provider's published keys.",
        null => "The id_token is not valid.",
        _ => $"The id_token is not valid: {exception.GetType().Name}.",
    };
}
