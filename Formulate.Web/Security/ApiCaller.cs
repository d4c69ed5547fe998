using Formulate.Web.Api;

namespace Formulate.Web.Security;

/// <summary>Who an API request counts against: a key that has passed the check, or else the client's address.</summary>
internal static class ApiCaller
{
    public static string Of(HttpContext context) =>
        KnownKeyFingerprint(context) is { } fingerprint ? "key:" + fingerprint : "address:" + ClientAddress.Of(context);

    public static bool HasKnownKey(HttpContext context) => KnownKeyFingerprint(context) is not null;

    private static readonly object Checked = new();

    // Asked by each limit in the chain and again for the answer; the key is hashed once a request.
    private static string? KnownKeyFingerprint(HttpContext context)
    {
        if (context.Items.TryGetValue(Checked, out var known))
        {
            return (string?)known;
        }

        var key = ApiKeyHeader.Read(context.Request);
        var fingerprint = key.Length == 0 ? null : ApiKeyHeader.Fingerprint(key);
        var result = fingerprint is not null && context.RequestServices.GetRequiredService<KnownApiKeys>().Contains(fingerprint) ? fingerprint : null;
        context.Items[Checked] = result;
        return result;
    }
}
