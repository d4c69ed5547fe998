using System.Security.Cryptography.X509Certificates;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Formulate.Web.Security.Sso;

/// <summary>
/// The signed JWT with which Formulate authenticates to Entra ID's token endpoint in place of a client secret
/// (<c>private_key_jwt</c>, RFC 7523): issued by and about the client id, for the token endpoint, short-lived and used once,
/// with the certificate's SHA-1 thumbprint in the header (<c>x5t</c>, and as the key id, as MSAL writes it) so that Entra ID
/// finds the certificate uploaded to the app registration.
/// </summary>
internal static class EntraClientAssertion
{
    public const string Type = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    /// <summary>Entra ID accepts assertions that live at most ten minutes.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <summary>The certificate's RSA key with the SHA-1 thumbprint as its key id; made once, when the certificate is loaded.</summary>
    public static X509SigningCredentials SigningWith(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var signing = new X509SigningCredentials(certificate, SecurityAlgorithms.RsaSha256);
        signing.Key.KeyId = Base64UrlEncoder.Encode(certificate.GetCertHash());
        return signing;
    }

    public static string Create(X509SigningCredentials signing, string clientId, string tokenEndpoint, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(signing);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = clientId,
            Audience = tokenEndpoint,
            Claims = new Dictionary<string, object>
            {
                [JwtRegisteredClaimNames.Sub] = clientId,
                [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString(),
            },
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + Lifetime).UtcDateTime,
            SigningCredentials = signing,
        };
        return Handler.CreateToken(descriptor);
    }
}
