using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Formulate.Web.Security.Sso;

/// <summary>Turns <c>Formulate:Sso</c> into the OAuth handler's options and the discovery reader.</summary>
internal sealed class SsoSchemeSetup(IOptions<SsoOptions> sso) : IPostConfigureOptions<SsoAuthenticationOptions>
{
    // The OAuth handler insists on endpoints and a client at start-up; while sign-in through a provider is off it has placeholders and refuses every challenge.
    private const string NotConfigured = "https://sso-not-configured.invalid/";

    public static void Configure(SsoAuthenticationOptions options, IOptions<SsoOptions> sso)
    {
        var settings = sso.Value;
        options.IsConfigured = settings.IsConfigured;
        options.ClientId = settings.IsConfigured ? settings.ClientId! : "not-configured";
        options.ClientSecret = settings.IsConfigured ? settings.ClientSecret! : "not-configured";
        // Replaced, request by request, by the endpoints the provider's discovery document names.
        options.AuthorizationEndpoint = NotConfigured;
        options.TokenEndpoint = NotConfigured;
        options.CallbackPath = SsoDefaults.CallbackPath;
        options.UsePkce = true;
        options.Scope.Clear();
        options.Scope.Add("openid");
        options.Scope.Add("profile");
        options.SignInScheme = CookieScheme.Name;
        options.CorrelationCookie.HttpOnly = true;
        options.CorrelationCookie.SameSite = SameSiteMode.Lax;
        options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.Events.OnRemoteFailure = context =>
        {
            var logger = context.HttpContext.RequestServices.GetRequiredService<ILogger<SsoHandler>>();
            WebLog.SsoSignInFailed(logger, context.Failure?.Message ?? "unknown");
            context.Response.Redirect($"{CookieScheme.SignInPath}?{SsoDefaults.FailedQuery}=true");
            context.HandleResponse();
            return Task.CompletedTask;
        };
        options.Events.OnAccessDenied = context =>
        {
            context.Response.Redirect($"{CookieScheme.SignInPath}?{SsoDefaults.FailedQuery}=true");
            context.HandleResponse();
            return Task.CompletedTask;
        };
    }

    public void PostConfigure(string? name, SsoAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = sso.Value;
        if (name != SsoDefaults.Scheme || !settings.IsConfigured || options.ConfigurationManager is not null)
        {
            return;
        }

        var metadataAddress = settings.Authority!.TrimEnd('/') + "/.well-known/openid-configuration";
        options.ConfigurationManager = new ConfigurationManager<OpenIdConnectConfiguration>(
            metadataAddress,
            new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever(options.Backchannel) { RequireHttps = settings.RequireHttpsMetadata });
    }
}
