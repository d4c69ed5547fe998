using Formulate.Web.Api;

namespace Formulate.Web.Security;

/// <summary>Who an API request counts against: a key that has passed the check, or else the client's address.</summary>
internal static class ApiCaller
{
    public static string Of(HttpContext context) =>
        KnownKeyFingerprint(context) is { } fingerprint ? "key:" + fingerprint : "address:" + ClientAddress.Of(context);

    public static bool HasKnownKey(HttpContext context) => KnownKeyFingerprint(context) is not null;

    private static string? KnownKeyFingerprint(HttpContext context)
    {
        var key = ApiKeyHeader.Read(context.Request);
        if (key.Length == 0)
        {
            return null;
        }

        var fingerprint = ApiKeyHeader.Fingerprint(key);
        return context.RequestServices.GetRequiredService<KnownApiKeys>().Contains(fingerprint) ? fingerprint : null;
    }
}
