using Microsoft.IdentityModel.JsonWebTokens;

namespace Formulate.Web.Security.Sso;

/// <summary>
/// What an id_token says about itself before it is checked, kept for the request: only to tell the person why a
/// refused sign-in was refused and to name who it claimed to be in the audit log, never to let anyone in.
/// </summary>
internal sealed record SsoClaimedToken(string? Issuer, string? TenantId, string? UserName, string? Subject)
{
    private static readonly object Key = new();

    public static void Keep(HttpContext context, string? idToken)
    {
        var handler = new JsonWebTokenHandler();
        if (string.IsNullOrEmpty(idToken) || !handler.CanReadToken(idToken))
        {
            return;
        }

        var token = handler.ReadJsonWebToken(idToken);
        context.Items[Key] = new SsoClaimedToken(
            Claim(token, "iss"), Claim(token, "tid"), Claim(token, "preferred_username") ?? Claim(token, "email"), Claim(token, "sub"));
    }

    public static SsoClaimedToken? Of(HttpContext context) => context.Items.TryGetValue(Key, out var token) ? token as SsoClaimedToken : null;

    private static string? Claim(JsonWebToken token, string type) =>
        token.TryGetPayloadValue<string>(type, out var value) ? value : null;
}
