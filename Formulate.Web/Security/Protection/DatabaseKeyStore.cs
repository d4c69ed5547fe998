using System.Security.Cryptography;
using System.Xml;
using System.Xml.Linq;
using Formulate.Data;
using Formulate.Data.Protection;
using Formulate.Data.Resilience;
using Formulate.Web.Startup;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Formulate.Web.Security.Protection;

/// <summary>
/// With the database key store, readies the shared key ring as the database is prepared: copies in the keys of the key
/// directory used until now, so that everything they protected stays readable, then makes sure one key is in use,
/// making the first one while holding a database lock, so that instances starting together on a new database agree
/// on it instead of each making its own.
/// </summary>
public sealed partial class DatabaseKeyStore(
    IOptions<PersonalDataProtectionOptions> options,
    DatabaseXmlRepository repository,
    IPersonalDataProtector protector,
    IDbContextFactory<FormulateDbContext> contexts,
    IOptions<FormulateDataOptions> data,
    ILogger<DatabaseKeyStore> logger) : IPersonalDataKeyStore
{
    // PostgreSQL's advisory locks are named by a number; any fixed one will do.
    internal const string TakeFirstKeyLock = "SELECT pg_advisory_lock(5076543210987650017)";
    internal const string ReleaseFirstKeyLock = "SELECT pg_advisory_unlock(5076543210987650017)";

    private const string RoundTrip = "Formulate key check";

    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        if (options.Value.KeyStore != KeyStore.Database)
        {
            return;
        }

        try
        {
            ImportKeyDirectory();
            await using var context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            var locking = data.Value.Provider == DatabaseProvider.PostgreSql;
            if (locking)
            {
                await context.Database.ExecuteSqlRawAsync(TakeFirstKeyLock, cancellationToken).ConfigureAwait(false);
            }

            try
            {
                if (protector.Unprotect(protector.Protect(RoundTrip)) != RoundTrip)
                {
                    throw new CryptographicException("A value protected with the keys read back differently.");
                }
            }
            finally
            {
                if (locking)
                {
                    await context.Database.ExecuteSqlRawAsync(ReleaseFirstKeyLock, CancellationToken.None).ConfigureAwait(false);
                }
            }
        }
        catch (Exception exception) when (ExceptionChain.Find<KeyRingUnreadableException>(exception) is { } unreadable)
        {
            throw new CannotStartException(
                $"{unreadable.Message.TrimEnd('.')}: it was stored by an instance with another key-encryption key, or altered. " +
                $"Give this instance the same {KeyRingEncryption.Setting} as the instances that stored the keys; every instance using this database must share it.");
        }
        catch (CryptographicException exception)
        {
            throw new CannotStartException(
                $"Formulate cannot make or use a key in the database to protect names and addresses ({DatabaseFaults.Reason(exception)}). " +
                $"Check {KeyRingEncryption.Setting}, and that the database is the one the keys were stored in.");
        }
    }

    /// <summary>Copies in each key file not yet in the database; the files are left where they are.</summary>
    private void ImportKeyDirectory()
    {
        var directory = options.Value.KeyDirectory is { Length: > 0 } setting
            ? new DirectoryInfo(Path.GetFullPath(setting))
            : FileSystemXmlRepository.DefaultKeyStorageDirectory;
        if (directory is null || !directory.Exists)
        {
            return;
        }

        var stored = repository.Names();
        var imported = 0;
        foreach (var file in directory.EnumerateFiles("*.xml").OrderBy(file => file.Name, StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file.Name);
            if (!stored.Contains(name))
            {
                repository.StoreElement(Load(file), name);
                imported++;
            }
        }

        if (imported > 0)
        {
            KeysImported(logger, imported, directory.FullName);
        }
    }

    private static XElement Load(FileInfo file)
    {
        try
        {
            return XElement.Load(file.FullName);
        }
        catch (XmlException exception)
        {
            throw new CannotStartException(
                $"The key file {file.FullName} in {PersonalDataProtectionOptions.SectionName}:KeyDirectory is not a Data Protection key ({exception.Message.TrimEnd('.')}). " +
                "Restore it from the key directory's backup, or move it out of the directory.");
        }
    }

    [LoggerMessage(EventId = 2302, Level = LogLevel.Information, Message = "Copied {Count} keys from the key directory {Directory} into the database's key ring; the files are left in place")]
    private static partial void KeysImported(ILogger logger, int count, string directory);
}
