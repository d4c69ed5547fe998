namespace Formulate.Web.Security.Protection;

/// <summary>A key ring element in the database that the key-encryption key of this instance cannot decrypt.</summary>
public sealed class KeyRingUnreadableException(string friendlyName, Exception inner)
    : Exception($"The key ring element {friendlyName} in the database cannot be decrypted with this instance's {KeyRingEncryption.Setting}.", inner)
{
    public string FriendlyName => friendlyName;
}
