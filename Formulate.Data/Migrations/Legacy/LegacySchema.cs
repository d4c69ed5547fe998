using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Formulate.Data.Migrations.Legacy;

/// <summary>
/// Carries a database made by the hand-written schema versions 1 to 16 (every release before the generated migrations)
/// over to its provider's generated migrations. It brings the database to version 16, whose schema is the one the
/// generated baseline creates, and then records the baseline as applied, so that nothing is created twice and no row is
/// touched. Only SQLite and PostgreSQL databases were ever made by these versions.
/// </summary>
internal static class LegacySchema
{
    /// <summary>The hand-written versions' ids, oldest first.</summary>
    public static IReadOnlyList<string> Versions { get; } =
    [
        .. typeof(LegacySchemaContext).Assembly.GetTypes()
            .Where(type => type.GetCustomAttribute<DbContextAttribute>()?.ContextType == typeof(LegacySchemaContext))
            .Select(type => type.GetCustomAttribute<MigrationAttribute>()!.Id)
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>
    /// When <paramref name="context"/>'s database was made by the hand-written versions and has not yet been carried
    /// over: applies those of them it lacks and records the generated baseline as applied. Returns what it applied and
    /// recorded, or nothing for any other database.
    /// </summary>
    public static async Task<IReadOnlyList<string>> CarryOverAsync(FormulateDbContext context, CancellationToken cancellationToken)
    {
        var applied = (await context.Database.GetAppliedMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
        var baseline = context.Database.GetMigrations().First();
        if (!applied.Intersect(Versions, StringComparer.Ordinal).Any() || applied.Contains(baseline, StringComparer.Ordinal))
        {
            return [];
        }

        var upgraded = new List<string>();
        await using (var legacy = new LegacySchemaContext(OptionsOf(context)))
        {
            upgraded.AddRange(await legacy.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false));
            await legacy.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }

        await RecordAsAppliedAsync(context, baseline, cancellationToken).ConfigureAwait(false);
        upgraded.Add(baseline);
        return upgraded;
    }

    /// <summary>Makes a database at an older hand-written version, as a release before the generated migrations left it: for tests of upgrading.</summary>
    public static async Task MigrateToAsync(FormulateDbContext context, string version, CancellationToken cancellationToken = default)
    {
        await using var legacy = new LegacySchemaContext(OptionsOf(context));
        await legacy.GetService<IMigrator>().MigrateAsync(version, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Under the migrations lock (which PostgreSQL takes only inside a transaction), so that two instances starting at once record it once.</summary>
    private static async Task RecordAsAppliedAsync(FormulateDbContext context, string migrationId, CancellationToken cancellationToken)
    {
        var history = context.GetService<IHistoryRepository>();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (await history.AcquireDatabaseLockAsync(cancellationToken).ConfigureAwait(false))
        {
            var applied = await history.GetAppliedMigrationsAsync(cancellationToken).ConfigureAwait(false);
            if (applied.Any(row => row.MigrationId == migrationId))
            {
                return;
            }

            var insert = history.GetInsertScript(new HistoryRow(migrationId, ProductInfo.GetVersion()));
            await context.Database.ExecuteSqlRawAsync(insert, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static DbContextOptions<FormulateDbContext> OptionsOf(FormulateDbContext context) =>
        (DbContextOptions<FormulateDbContext>)context.GetService<IDbContextOptions>();
}
