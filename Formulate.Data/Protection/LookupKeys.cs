using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Formulate.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Formulate.Data.Protection;

/// <summary>
/// The key behind <see cref="CaseReferenceHash"/>: 32 random bytes made once for a database, stored in it protected
/// by the app's Data Protection keys, and kept in memory once read. Without a protector (tools and tests that build
/// the context alone, which store case references as typed) the key is empty: there is nothing to hide.
/// </summary>
internal static class LookupKeys
{
    public const int PurposeLength = 100;

    public const string CaseReference = "case-reference.v1";

    private static readonly ConditionalWeakTable<IPersonalDataProtector, ConcurrentDictionary<string, byte[]>> Loaded = new();

    /// <summary>Reads the key, or makes and stores it on the database's first start; run at start-up, before any lookup.</summary>
    public static async Task EnsureAsync(FormulateDbContext context, CancellationToken cancellationToken)
    {
        if (FormulateDbContext.ProtectorOf(context) is not { } protector
            || await context.LookupKeys.AsNoTracking().AnyAsync(k => k.Purpose == CaseReference, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        context.LookupKeys.Add(new LookupKey { Purpose = CaseReference, ProtectedKey = protector.Protect(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))) });
        try
        {
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Another instance of the app starting at the same moment stored its key first; that one is used.
            context.ChangeTracker.Clear();
        }
    }

    public static byte[] CaseReferenceKey(FormulateDbContext context)
    {
        if (FormulateDbContext.ProtectorOf(context) is not { } protector)
        {
            return [];
        }

        var database = context.Database.GetConnectionString() ?? "";
        return Loaded.GetOrCreateValue(protector).GetOrAdd(database, _ => Read(context, protector));
    }

    private static byte[] Read(FormulateDbContext context, IPersonalDataProtector protector)
    {
        var stored = context.LookupKeys.AsNoTracking().Where(k => k.Purpose == CaseReference).Select(k => k.ProtectedKey).SingleOrDefault()
            ?? throw new InvalidOperationException("The database has no case reference lookup key yet; start Formulate so that it prepares the database.");
        return Convert.FromBase64String(protector.Unprotect(stored));
    }
}
