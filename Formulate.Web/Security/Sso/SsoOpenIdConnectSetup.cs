using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Formulate.Web.Security.Sso;

/// <summary>
/// What Formulate asks of the framework's OpenID Connect handler, for Entra ID (after Microsoft.Identity.Web has set it
/// up, whose issuer validation is left as it is) and for any other provider alike: the code flow with PKCE, answered in
/// the query so that its cookies can be SameSite=Lax; the person's Formulate account made or found once every check has
/// passed; each refusal on the sign-in page, saying why, and in the audit log.
/// </summary>
internal sealed class SsoOpenIdConnectSetup : IPostConfigureOptions<OpenIdConnectOptions>
{
    private static readonly object IdTokenKey = new();

    public void PostConfigure(string? name, OpenIdConnectOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (name != SsoDefaults.Scheme)
        {
            return;
        }

        options.SignInScheme = CookieScheme.Name;
        options.SignOutScheme = CookieScheme.Name;
        options.CallbackPath = SsoDefaults.CallbackPath;
        options.SignedOutCallbackPath = SsoDefaults.SignedOutCallbackPath;
        options.SignedOutRedirectUri = $"{CookieScheme.SignInPath}?{SignOutEndpoint.SignedOutQuery}=true";
        options.ResponseType = OpenIdConnectResponseType.Code;
        options.ResponseMode = OpenIdConnectResponseMode.Query;
        options.UsePkce = true;
        // The claims as the provider names them (tid, oid, roles, groups), which the mappings are written in.
        options.MapInboundClaims = false;
        if (options.TokenHandler is JsonWebTokenHandler tokenHandler)
        {
            // The setter above reaches only the handler the options made; Microsoft.Identity.Web brings its own.
            tokenHandler.MapInboundClaims = false;
        }
        options.SaveTokens = false;
        foreach (var cookie in new[] { options.CorrelationCookie, options.NonceCookie })
        {
            // The provider sends the browser back with a top-level GET, which carries Lax cookies; Secure whenever Formulate is on HTTPS.
            cookie.SameSite = SameSiteMode.Lax;
            cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.HttpOnly = true;
            // Microsoft.Identity.Web's cookie builders would otherwise take the path of its own default callback.
            cookie.Path = SsoDefaults.CallbackPath;
        }

        Chain(options.Events);
    }

    private static void Chain(OpenIdConnectEvents events)
    {
        var tokenResponseReceived = events.OnTokenResponseReceived;
        events.OnTokenResponseReceived = async context =>
        {
            SsoClaimedToken.Keep(context.HttpContext, context.TokenEndpointResponse.IdToken);
            context.HttpContext.Items[IdTokenKey] = context.TokenEndpointResponse.IdToken;
            await tokenResponseReceived(context).ConfigureAwait(false);
        };

        var ticketReceived = events.OnTicketReceived;
        events.OnTicketReceived = async context =>
        {
            await ticketReceived(context).ConfigureAwait(false);
            if (context.Result is null)
            {
                await SignInAsync(context).ConfigureAwait(false);
            }
        };

        var remoteFailure = events.OnRemoteFailure;
        events.OnRemoteFailure = async context =>
        {
            await remoteFailure(context).ConfigureAwait(false);
            if (context.Result is null)
            {
                var sso = Sso(context.HttpContext);
                var claimed = SsoClaimedToken.Of(context.HttpContext);
                await RefuseAsync(context.HttpContext, SsoFailures.Classify(context.Failure, claimed, sso), context.Failure?.Message ?? "unknown").ConfigureAwait(false);
                context.HandleResponse();
            }
        };

        var accessDenied = events.OnAccessDenied;
        events.OnAccessDenied = async context =>
        {
            await accessDenied(context).ConfigureAwait(false);
            if (context.Result is null)
            {
                await RefuseAsync(context.HttpContext, SsoRefusal.DeniedAtProvider, "The person cancelled, or the provider refused, at the provider.").ConfigureAwait(false);
                context.HandleResponse();
            }
        };

        var signingOut = events.OnRedirectToIdentityProviderForSignOut;
        events.OnRedirectToIdentityProviderForSignOut = async context =>
        {
            // Lets the provider find the client even where it does not read the id_token hint.
            context.ProtocolMessage.ClientId = context.Options.ClientId;
            await signingOut(context).ConfigureAwait(false);
        };
    }

    private static async Task SignInAsync(TicketReceivedContext context)
    {
        var http = context.HttpContext;
        var (person, refusal, problem) = SsoMapping.Read(context.Principal!, Sso(http));
        if (person is null)
        {
            await RefuseAsync(http, refusal!.Value, problem).ConfigureAwait(false);
            context.HandleResponse();
            return;
        }

        var result = await http.RequestServices.GetRequiredService<SsoAccounts>().SignInAsync(person, http.RequestAborted).ConfigureAwait(false);
        if (result.Principal is null)
        {
            Redirect(http, result.Refusal!.Value);
            context.HandleResponse();
            return;
        }

        context.Principal = result.Principal;
        if (http.Items[IdTokenKey] is string idToken)
        {
            // The hint the provider's sign-out asks for.
            context.Properties!.StoreTokens([new AuthenticationToken { Name = OpenIdConnectParameterNames.IdToken, Value = idToken }]);
        }
    }

    private static async Task RefuseAsync(HttpContext http, SsoRefusal refusal, string problem)
    {
        var logger = http.RequestServices.GetRequiredService<ILogger<SsoOpenIdConnectSetup>>();
        WebLog.SsoSignInFailed(logger, $"{refusal}: {problem}");
        var claimed = SsoClaimedToken.Of(http);
        var claimedId = claimed is { Subject: not null } ? $"{claimed.Issuer}|{claimed.Subject}" : null;
        await http.RequestServices.GetRequiredService<SsoAccounts>()
            .RefuseAsync(refusal, problem, claimed?.UserName, claimedId, http.RequestAborted).ConfigureAwait(false);
        Redirect(http, refusal);
    }

    private static void Redirect(HttpContext http, SsoRefusal refusal) =>
        http.Response.Redirect($"{CookieScheme.SignInPath}?{SsoDefaults.FailedQuery}={SsoRefusals.QueryValue(refusal)}");

    private static SsoOptions Sso(HttpContext http) => http.RequestServices.GetRequiredService<IOptions<SsoOptions>>().Value;
}
