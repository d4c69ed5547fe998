namespace Formulate.Web.Security.Protection;

/// <summary>Where the keys that protect people's names and addresses are kept: never readable from the database they protect alone.</summary>
public sealed class PersonalDataProtectionOptions
{
    public const string SectionName = "Formulate:DataProtection";

    /// <summary>
    /// <see cref="KeyStore.Directory"/> (the default, as before) or <see cref="KeyStore.Database"/>, for several
    /// instances that share no directory.
    /// </summary>
    public KeyStore KeyStore { get; set; } = KeyStore.Directory;

    /// <summary>
    /// A directory only Formulate can read, backed up separately from the database. Empty: the
    /// ASP.NET Core default (the user profile's DataProtection-Keys), fine for a demonstration only.
    /// With the database key store, the keys found here are copied into the database at start-up, so that what they
    /// protected stays readable.
    /// </summary>
    public string? KeyDirectory { get; set; }

    /// <summary>
    /// With the database key store: 32 random bytes in base64 that encrypt each key in the database, the same on every
    /// instance and kept outside the database and its backups (an environment variable or a secret store).
    /// </summary>
    public string? KeyEncryptionKey { get; set; }
}
