using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Formulate.Web.Api;

public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyStore keys,
    KnownApiKeys knownKeys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private bool _keyRejected;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = ApiKeyHeader.Read(Request);
        if (presented.Length == 0)
        {
            return AuthenticateResult.NoResult();
        }

        var client = await keys.AuthenticateAsync(presented, Context.RequestAborted).ConfigureAwait(false);
        var fingerprint = ApiKeyHeader.Fingerprint(presented);
        if (client is null)
        {
            knownKeys.Refused(fingerprint);
            _keyRejected = true;
            return AuthenticateResult.Fail("The API key is not accepted.");
        }

        knownKeys.Accepted(fingerprint);
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, client.Name), new Claim(ApiKeyDefaults.KeyPrefixClaim, client.Prefix)],
            Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = $"{ApiKeyDefaults.Scheme} header=\"{ApiKeyDefaults.HeaderName}\"";
        return (_keyRejected ? ApiProblems.UnknownKey() : ApiProblems.MissingKey()).ExecuteAsync(Context);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiProblems.Forbidden().ExecuteAsync(Context);
}
