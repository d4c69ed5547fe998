using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Formulate.Web.SelfAssessments;

/// <summary>
/// The bearer token GOV.UK Notify asks for: a JSON Web Token signed with HS256, whose issuer is the service id and whose
/// secret is the key's secret, both taken from the end of the API key, issued now (Notify refuses one 30 seconds old).
/// </summary>
public static class NotifyToken
{
    private const int UuidLength = 36;

    /// <summary>The service id and secret in an API key (<c>{name}-{service id}-{secret}</c>), or null when it is not one.</summary>
    public static (string ServiceId, string Secret)? Parse(string? apiKey)
    {
        var key = apiKey?.Trim() ?? "";
        if (key.Length < (2 * UuidLength) + 1)
        {
            return null;
        }

        var secret = key[^UuidLength..];
        var serviceId = key[^((2 * UuidLength) + 1)..^(UuidLength + 1)];
        return Guid.TryParse(secret, out _) && Guid.TryParse(serviceId, out _) && key[^(UuidLength + 1)] == '-' ? (serviceId, secret) : null;
    }

    public static string Create(string serviceId, string secret, DateTimeOffset now)
    {
        var header = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new { typ = "JWT", alg = "HS256" }));
        var claims = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new { iss = serviceId, iat = now.ToUnixTimeSeconds() }));
        var signature = Base64Url.EncodeToString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.ASCII.GetBytes($"{header}.{claims}")));
        return $"{header}.{claims}.{signature}";
    }
}
