using Microsoft.EntityFrameworkCore;

namespace Formulate.Data.Schema;

/// <summary>
/// Damage that pages would otherwise meet one at a time: for SQLite, the file's pages checked with
/// <c>PRAGMA quick_check</c>. PostgreSQL checks its own pages as it reads them.
/// </summary>
public static class DatabaseIntegrity
{
    private const string Intact = "ok";

    /// <summary>The first problem found, or null when there is none.</summary>
    public static async Task<string?> FindDamageAsync(FormulateDbContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Database.IsSqlite())
        {
            return null;
        }

        // quick_check(1) stops at the first problem: the file's size, not the damage, bounds its cost.
        var results = await context.Database.SqlQueryRaw<string>("PRAGMA quick_check(1)").ToListAsync(cancellationToken).ConfigureAwait(false);
        return results is [Intact] ? null : string.Join("; ", results).ReplaceLineEndings(" ");
    }

    /// <summary>Throws <see cref="DamagedDatabaseException"/> when the database is damaged.</summary>
    public static async Task EnsureIntactAsync(FormulateDbContext context, CancellationToken cancellationToken)
    {
        if (await FindDamageAsync(context, cancellationToken).ConfigureAwait(false) is { } damage)
        {
            throw new DamagedDatabaseException(damage);
        }
    }
}
