using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;

namespace Formulate.Web.Security.Sso;

internal static class SsoRegistration
{
    /// <summary>
    /// Microsoft Entra ID through Microsoft.Identity.Web when <c>AzureAd:ClientId</c> is set; any other OpenID Provider
    /// through the framework's handler when <c>Formulate:Sso:Authority</c> is; otherwise no single sign-on. Setting both
    /// stops start-up, saying so.
    /// </summary>
    public static AuthenticationBuilder AddFormulateSso(this AuthenticationBuilder authentication, IConfiguration configuration)
    {
        var services = authentication.Services;
        var entra = configuration.GetSection(SsoDefaults.EntraSection);
        var provider = !string.IsNullOrWhiteSpace(entra["ClientId"]) ? SsoProvider.Entra
            : !string.IsNullOrWhiteSpace(configuration[$"{SsoOptions.SectionName}:{nameof(SsoOptions.Authority)}"]) ? SsoProvider.OpenIdConnect
            : SsoProvider.None;
        services.AddOptions<SsoOptions>()
            .BindConfiguration(SsoOptions.SectionName)
            .Configure(options =>
            {
                options.Provider = provider;
                options.EntraTenantId = entra["TenantId"];
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<SsoAccounts>();
        switch (provider)
        {
            case SsoProvider.Entra:
                // Identity.Web reads Instance, TenantId, ClientId and its credentials itself, and checks the issuer.
                authentication.AddMicrosoftIdentityWebApp(entra, SsoDefaults.Scheme, cookieScheme: null);
                services.AddSingleton<EntraClientCredential>();
                services.AddOptions<SsoOptions>().Configure<EntraClientCredential>((options, credential) => options.EntraCredentialProblem = credential.Problem);
                services.AddSingleton<IPostConfigureOptions<OpenIdConnectOptions>, EntraCertificateSetup>();
                break;
            case SsoProvider.OpenIdConnect:
                authentication.AddOpenIdConnect(SsoDefaults.Scheme, _ => { });
                services.AddOptions<OpenIdConnectOptions>(SsoDefaults.Scheme).Configure<IOptions<SsoOptions>>((options, sso) =>
                {
                    options.Authority = sso.Value.Authority;
                    options.ClientId = sso.Value.ClientId;
                    options.ClientSecret = sso.Value.ClientSecret;
                    options.RequireHttpsMetadata = sso.Value.RequireHttpsMetadata;
                });
                break;
            default:
                return authentication;
        }

        services.AddSingleton<IPostConfigureOptions<OpenIdConnectOptions>, SsoOpenIdConnectSetup>();
        return authentication;
    }
}
