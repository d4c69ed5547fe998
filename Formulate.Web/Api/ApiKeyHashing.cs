using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Formulate.Web.Api;

/// <summary>
/// Keys are 32 random bytes; only their SHA-256 is stored. A slow password hash is not needed
/// because the key has full entropy and cannot be guessed from a dictionary.
/// </summary>
public static class ApiKeyHashing
{
    public const string KeyStart = "fml_";

    /// <summary>"fml_" and eight characters of the key: enough to tell keys apart, useless for guessing them.</summary>
    public const int PrefixLength = 12;

    public static string NewKey() => KeyStart + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static byte[] Hash(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return SHA256.HashData(Encoding.UTF8.GetBytes(key));
    }

    public static string HashText(string key) => Convert.ToHexStringLower(Hash(key));

    public static string PrefixOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Length <= PrefixLength ? key : key[..PrefixLength];
    }

    public static bool Matches(string presentedKey, string storedHashText)
    {
        ArgumentNullException.ThrowIfNull(storedHashText);
        byte[] stored;
        try
        {
            stored = Convert.FromHexString(storedHashText);
        }
        catch (FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Hash(presentedKey), stored);
    }
}
