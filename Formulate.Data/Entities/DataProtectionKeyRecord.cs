namespace Formulate.Data.Entities;

/// <summary>
/// One element of the app's Data Protection key ring (a key, or a revocation), kept in the database so that every
/// instance of the app shares it. Stored encrypted with a key-encryption key that never lives in the database, so
/// that a copy of the database alone still cannot read the personal data the keys protect.
/// </summary>
public sealed class DataProtectionKeyRecord
{
    public const int FriendlyNameLength = 200;

    /// <summary>The name Data Protection gives the element, such as <c>key-&lt;id&gt;</c>: one row per name.</summary>
    public required string FriendlyName { get; init; }

    /// <summary>The element's XML, encrypted and authenticated with the key-encryption key.</summary>
    public required string EncryptedXml { get; init; }
}
