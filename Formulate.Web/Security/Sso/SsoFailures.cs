using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Formulate.Web.Security.Sso;

/// <summary>Names why the OpenID Connect handler (or Microsoft.Identity.Web's checks within it) refused a sign-in.</summary>
internal static class SsoFailures
{
    public static SsoRefusal Classify(Exception? failure, SsoClaimedToken? claimed, SsoOptions options)
    {
        for (var exception = failure; exception is not null; exception = exception.InnerException)
        {
            switch (exception)
            {
                case SecurityTokenInvalidIssuerException:
                    return IsAnotherTenant(claimed, options) ? SsoRefusal.WrongTenant : SsoRefusal.WrongIssuer;
                case SecurityTokenInvalidAudienceException:
                    return SsoRefusal.WrongAudience;
                case SecurityTokenExpiredException or SecurityTokenNoExpirationException:
                    return SsoRefusal.Expired;
                case SecurityTokenInvalidSignatureException or SecurityTokenSignatureKeyNotFoundException:
                    return SsoRefusal.BadSignature;
                case OpenIdConnectProtocolInvalidNonceException:
                    return SsoRefusal.ReplayedNonce;
                case OpenIdConnectProtocolException when exception.Data["error"] is "invalid_client":
                    return SsoRefusal.ClientRejected;
            }

            // The handler reports a lost or foreign state, or a missing correlation cookie, only in its message.
            if (exception.Message.Contains("Correlation failed", StringComparison.Ordinal)
                || exception.Message.Contains("message.State", StringComparison.Ordinal))
            {
                return SsoRefusal.NotStartedHere;
            }
        }

        return SsoRefusal.Failed;
    }

    /// <summary>A single-tenant Entra ID set-up, and a token from a tenant other than its own.</summary>
    private static bool IsAnotherTenant(SsoClaimedToken? claimed, SsoOptions options) =>
        options.Provider == SsoProvider.Entra
        && Guid.TryParse(options.EntraTenantId, out var ours)
        && claimed?.TenantId is { } theirs
        && !(Guid.TryParse(theirs, out var tenant) && tenant == ours);
}
