using System.Security.Cryptography;
using Formulate.Data.Protection;
using Formulate.Web.Startup;
using Microsoft.Extensions.Options;

namespace Formulate.Web.Security.Protection;

/// <summary>
/// Checks as Formulate starts that the keys protecting names and addresses are where the settings
/// say and can be used, so that lost or wrong keys stop it with a reason, instead of every page
/// about a person failing.
/// </summary>
public sealed class PersonalDataKeyRing(IOptions<PersonalDataProtectionOptions> options, IPersonalDataProtector protector, KeyRingEncryption encryption)
{
    private const string Setting = PersonalDataProtectionOptions.SectionName + ":KeyDirectory";
    private const string RoundTrip = "Formulate key check";

    private bool _directoryWasMissing;

    private string? Directory => options.Value.KeyDirectory is { Length: > 0 } directory ? Path.GetFullPath(directory) : null;

    private bool InDatabase => options.Value.KeyStore == KeyStore.Database;

    /// <summary>
    /// Before the database: the key directory, when one is set, is a directory Formulate can read
    /// (or is not there yet), and a key can be made, kept and used. With the database key store, the
    /// key-encryption key is well formed; the keys themselves are readied with the database (<see cref="DatabaseKeyStore"/>).
    /// </summary>
    public void EnsureUsable()
    {
        if (Directory is { } directory)
        {
            if (File.Exists(directory))
            {
                throw new CannotStartException($"{Setting} is {directory}, which is a file, not a directory. Set it to a directory that only the account Formulate runs as can read and write.");
            }

            _directoryWasMissing = !System.IO.Directory.Exists(directory);
            if (!_directoryWasMissing)
            {
                EnsureReadable(directory);
            }
        }

        if (InDatabase)
        {
            encryption.EnsureValid();
            return;
        }

        try
        {
            if (protector.Unprotect(protector.Protect(RoundTrip)) != RoundTrip)
            {
                throw new CryptographicException("A value protected with the keys read back differently.");
            }
        }
        catch (Exception exception) when (exception is CryptographicException or UnauthorizedAccessException or IOException)
        {
            throw new CannotStartException(
                $"Formulate cannot make or use a key to protect names and addresses in {Describe()} ({DatabaseFaults.Reason(exception)}). " +
                $"Let the account Formulate runs as read and write that directory, or set {Setting} to one it can.");
        }
    }

    /// <summary>What to do when the names and addresses in the database cannot be decrypted.</summary>
    public CannotStartException Explain(PersonalDataUnreadableException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var reason = DatabaseFaults.Reason(exception);
        if (InDatabase)
        {
            return new CannotStartException(
                $"The keys in the database's key ring cannot decrypt the names and addresses in the database ({reason}). " +
                $"Set {Setting} to the key directory used when they were saved (restored from its backup): Formulate copies its keys into the database at the next start.");
        }

        return Directory is { } directory && _directoryWasMissing
            ? new CannotStartException(
                $"The key directory {directory} ({Setting}) does not exist, but the database holds names and addresses protected with keys ({reason}). " +
                $"Restore the key directory from its backup, or set {Setting} to where the keys are.")
            : new CannotStartException(
                $"The keys in {Describe()} cannot decrypt the names and addresses in the database ({reason}). " +
                $"Restore the key directory used when they were saved from its backup, or set {Setting} to it; every Formulate server using this database must share it.");
    }

    private string Describe() => Directory is { } directory
        ? $"the key directory {directory} ({Setting})"
        : $"the default key directory of the account Formulate runs as ({Setting} is not set)";

    private static void EnsureReadable(string directory)
    {
        try
        {
            foreach (var key in System.IO.Directory.EnumerateFiles(directory, "*.xml"))
            {
                using var _ = File.OpenRead(key);
            }
        }
        catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
        {
            throw new CannotStartException(
                $"Formulate cannot read the key directory {directory} ({Setting}): {DatabaseFaults.Reason(exception)}. " +
                "Let the account Formulate runs as read and write it, and the files in it.");
        }
    }
}
