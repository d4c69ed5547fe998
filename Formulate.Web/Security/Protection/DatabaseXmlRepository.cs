using System.Security.Cryptography;
using System.Xml.Linq;
using Formulate.Data;
using Formulate.Data.Entities;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;

namespace Formulate.Web.Security.Protection;

/// <summary>
/// The Data Protection key ring in the database that every instance uses, so that a cookie, an antiforgery token or a
/// protected name made by one instance is read by the others. Each element is stored encrypted (<see cref="KeyRingEncryption"/>).
/// </summary>
/// <remarks>
/// Data Protection calls this synchronously and rarely: it keeps the ring in memory and reads it again once a day, or
/// when this instance makes a key. Keys are made two days before they are first used, so every instance has read a new
/// key before any instance protects with it.
/// </remarks>
public sealed partial class DatabaseXmlRepository(
    IDbContextFactory<FormulateDbContext> contexts, KeyRingEncryption encryption, ILogger<DatabaseXmlRepository> logger) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var context = contexts.CreateDbContext();
        return
        [
            .. context.DataProtectionKeys.AsNoTracking().OrderBy(k => k.FriendlyName).ToList()
                .Select(row => XElement.Parse(Decrypt(row))),
        ];
    }

    /// <summary>Stores the element, unless one of the same name is stored already (another instance importing the same key file).</summary>
    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        var name = string.IsNullOrWhiteSpace(friendlyName) ? Guid.NewGuid().ToString("D") : friendlyName;
        if (name.Length > DataProtectionKeyRecord.FriendlyNameLength)
        {
            throw new ArgumentException($"A key ring element's name may be at most {DataProtectionKeyRecord.FriendlyNameLength} characters.", nameof(friendlyName));
        }

        if (Contains(name))
        {
            return;
        }

        using var context = contexts.CreateDbContext();
        context.DataProtectionKeys.Add(new DataProtectionKeyRecord
        {
            FriendlyName = name,
            EncryptedXml = encryption.Encrypt(element.ToString(SaveOptions.DisableFormatting), name),
        });
        try
        {
            context.SaveChanges();
        }
        catch (DbUpdateException) when (Contains(name))
        {
            // Another instance stored the same element at the same moment.
            return;
        }

        // Data Protection warns, just before, that it has no XML encryptor of its own: this says the key is encrypted all the same.
        Stored(logger, name);
    }

    /// <summary>The names of the elements stored.</summary>
    public IReadOnlySet<string> Names()
    {
        using var context = contexts.CreateDbContext();
        return context.DataProtectionKeys.AsNoTracking().Select(k => k.FriendlyName).ToHashSet(StringComparer.Ordinal);
    }

    private bool Contains(string name)
    {
        using var context = contexts.CreateDbContext();
        return context.DataProtectionKeys.AsNoTracking().Any(k => k.FriendlyName == name);
    }

    private string Decrypt(DataProtectionKeyRecord row)
    {
        try
        {
            return encryption.Decrypt(row.EncryptedXml, row.FriendlyName);
        }
        catch (Exception exception) when (exception is CryptographicException or FormatException)
        {
            throw new KeyRingUnreadableException(row.FriendlyName, exception);
        }
    }

    [LoggerMessage(EventId = 2303, Level = LogLevel.Information, Message = "Stored {Name} in the database's key ring, encrypted with Formulate:DataProtection:KeyEncryptionKey")]
    private static partial void Stored(ILogger logger, string name);
}
