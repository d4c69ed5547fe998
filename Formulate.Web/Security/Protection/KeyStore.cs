namespace Formulate.Web.Security.Protection;

/// <summary>Where the Data Protection key ring is kept.</summary>
public enum KeyStore
{
    /// <summary>Files in <see cref="PersonalDataProtectionOptions.KeyDirectory"/>: one instance, or a directory every instance shares.</summary>
    Directory,

    /// <summary>The database every instance uses, each key encrypted with <see cref="PersonalDataProtectionOptions.KeyEncryptionKey"/>.</summary>
    Database,
}
