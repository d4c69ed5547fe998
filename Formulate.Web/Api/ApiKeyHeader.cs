using System.Security.Cryptography;
using System.Text;

namespace Formulate.Web.Api;

/// <summary>
/// The key a request presents, read one way for everything that reads it: the sign-in check and the rate limits must
/// agree on which key a request carries, or padding a key with spaces would make it a second key to one and the same
/// key to the other.
/// </summary>
public static class ApiKeyHeader
{
    /// <returns>The key without surrounding white space; empty when none is sent.</returns>
    public static string Read(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Headers[ApiKeyDefaults.HeaderName].ToString().Trim();
    }

    /// <summary>Stands for a key in memory (the rate limits' partitions), so that the key itself is not kept there.</summary>
    public static string Fingerprint(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }
}
