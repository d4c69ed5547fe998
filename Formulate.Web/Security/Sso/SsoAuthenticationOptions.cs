using Microsoft.AspNetCore.Authentication.OAuth;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Formulate.Web.Security.Sso;

/// <summary>The OAuth handler's options, plus the provider's discovery document and keys.</summary>
public sealed class SsoAuthenticationOptions : OAuthOptions
{
    /// <summary>Reads and caches discovery and signing keys, refreshing them when the provider rotates its keys.</summary>
    public IConfigurationManager<OpenIdConnectConfiguration>? ConfigurationManager { get; set; }

    public bool IsConfigured { get; set; }
}
