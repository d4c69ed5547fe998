using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace Formulate.Web.Security.Sso;

/// <summary>
/// With a client certificate in the <c>AzureAd</c> section, the handler redeems the sign-in code with a client assertion
/// signed by it instead of a client secret. Microsoft.Identity.Web signs assertions only through its token acquisition
/// (MSAL), which Formulate, signing people in and calling no API, does not use; the handler's own redemption stays.
/// </summary>
internal sealed class EntraCertificateSetup(EntraClientCredential credential, TimeProvider clock) : IPostConfigureOptions<OpenIdConnectOptions>
{
    public void PostConfigure(string? name, OpenIdConnectOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (name != SsoDefaults.Scheme || credential.Signing is not { } signing)
        {
            return;
        }

        var codeReceived = options.Events.OnAuthorizationCodeReceived;
        options.Events.OnAuthorizationCodeReceived = async context =>
        {
            var configuration = await context.Options.ConfigurationManager!.GetConfigurationAsync(context.HttpContext.RequestAborted).ConfigureAwait(false);
            var request = context.TokenEndpointRequest!;
            // A secret left in the section as well is not sent: the certificate is the credential in use.
            request.ClientSecret = null;
            request.ClientAssertionType = EntraClientAssertion.Type;
            request.ClientAssertion = EntraClientAssertion.Create(signing, context.Options.ClientId!, configuration.TokenEndpoint, clock.GetUtcNow());
            await codeReceived(context).ConfigureAwait(false);
        };
    }
}
