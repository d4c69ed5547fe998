using System.Security.Cryptography;
using System.Text;
using Formulate.Web.Startup;
using Microsoft.Extensions.Options;

namespace Formulate.Web.Security.Protection;

/// <summary>
/// Encrypts each element of the key ring kept in the database with the key-encryption key (AES-256-GCM, the row's name
/// bound in as associated data), so that the database, or a backup of it, holds the keys only in a form its own
/// contents cannot open.
/// </summary>
public sealed class KeyRingEncryption(IOptions<PersonalDataProtectionOptions> options)
{
    public const string Setting = PersonalDataProtectionOptions.SectionName + ":KeyEncryptionKey";

    private const string Format = "v1:";
    private const int KeyBytes = 32;
    private const string HowToMakeOne =
        "Make one with `openssl rand -base64 32`, give every instance the same one, and keep it outside the database and its backups " +
        "(for example in the environment variable Formulate__DataProtection__KeyEncryptionKey).";

    private readonly Lazy<byte[]> _key = new(() => Parse(options.Value.KeyEncryptionKey));

    /// <summary>Throws a <see cref="CannotStartException"/> saying what is wrong when the setting is missing or malformed.</summary>
    public void EnsureValid() => _ = _key.Value;

    public string Encrypt(string xml, string friendlyName)
    {
        var plaintext = Encoding.UTF8.GetBytes(xml);
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var ciphertext = new byte[plaintext.Length];
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        using var aes = new AesGcm(_key.Value, tag.Length);
        aes.Encrypt(nonce, plaintext, ciphertext, tag, Encoding.UTF8.GetBytes(friendlyName));
        return Format + Convert.ToBase64String([.. nonce, .. ciphertext, .. tag]);
    }

    /// <exception cref="CryptographicException">The row was encrypted with another key-encryption key, or was altered.</exception>
    public string Decrypt(string stored, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (!stored.StartsWith(Format, StringComparison.Ordinal))
        {
            throw new CryptographicException($"The key ring element {friendlyName} is not in a form Formulate wrote.");
        }

        var bytes = Convert.FromBase64String(stored[Format.Length..]);
        var nonceLength = AesGcm.NonceByteSizes.MaxSize;
        var tagLength = AesGcm.TagByteSizes.MaxSize;
        if (bytes.Length < nonceLength + tagLength)
        {
            throw new CryptographicException($"The key ring element {friendlyName} is too short to be one Formulate wrote.");
        }

        var plaintext = new byte[bytes.Length - nonceLength - tagLength];
        using var aes = new AesGcm(_key.Value, tagLength);
        aes.Decrypt(bytes.AsSpan(0, nonceLength), bytes.AsSpan(nonceLength, plaintext.Length), bytes.AsSpan(bytes.Length - tagLength), plaintext, Encoding.UTF8.GetBytes(friendlyName));
        return Encoding.UTF8.GetString(plaintext);
    }

    private static byte[] Parse(string? setting)
    {
        if (string.IsNullOrWhiteSpace(setting))
        {
            throw new CannotStartException(
                $"{PersonalDataProtectionOptions.SectionName}:KeyStore is Database, so {Setting} must be set: 32 random bytes written in base64. {HowToMakeOne}");
        }

        var key = new byte[setting.Length];
        if (!Convert.TryFromBase64String(setting.Trim(), key, out var written))
        {
            // The value itself is never repeated: it is a secret.
            throw new CannotStartException($"{Setting} is not 32 bytes written in base64 (it is not base64). {HowToMakeOne}");
        }

        return written == KeyBytes
            ? key[..KeyBytes]
            : throw new CannotStartException($"{Setting} is {written} bytes written in base64; it must be 32 bytes. {HowToMakeOne}");
    }
}
