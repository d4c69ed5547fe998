using Formulate.Data.Entities;
using Formulate.Data.Migrations.Legacy;
using Formulate.Data.Parameters;
using Formulate.Data.Protection;
using Formulate.Data.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Formulate.Data.Schema;

public sealed class FormulateDatabaseInitializer(
    IDbContextFactory<FormulateDbContext> contextFactory,
    IOptions<FormulateDataOptions> options,
    TimeProvider timeProvider,
    IPasswordHasher<UserAccount> hasher,
    ILogger<FormulateDatabaseInitializer> logger,
    IPersonalDataKeyStore? keyStore = null,
    IOptions<EngineModelOptions>? engineOptions = null) : IFormulateDatabaseInitializer
{
    public async Task<DatabaseInitializationResult> InitializeAsync(CancellationToken cancellationToken = default)
    {
        var pending = await MigrateAsync(cancellationToken).ConfigureAwait(false);
        if (keyStore is not null)
        {
            await keyStore.PrepareAsync(cancellationToken).ConfigureAwait(false);
        }

        await EnsurePersonalDataReadableAsync(cancellationToken).ConfigureAwait(false);
        await ProtectPersonalDataAsync(cancellationToken).ConfigureAwait(false);

        // Every installation starts from a shipped model and configuration, published, so estimates always have a version in force.
        var starting = (engineOptions?.Value ?? new EngineModelOptions()).Definition;
        await new ParameterVersionStore(contextFactory, timeProvider).PublishShippedAsync(starting, cancellationToken).ConfigureAwait(false);

        var seeder = new DemoDataSeeder(contextFactory, timeProvider, hasher);
        if (options.Value.SeedDemoData)
        {
            var added = await seeder.SeedAsync(cancellationToken).ConfigureAwait(false);
            DataLog.DemoDataSeeded(logger, added);
        }
        else
        {
            var deactivated = await seeder.DeactivateDemoAccountsAsync(cancellationToken).ConfigureAwait(false);
            if (deactivated > 0)
            {
                DataLog.DemoAccountsDeactivated(logger, deactivated);
            }
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var version = context.Database.GetMigrations().Last();
        return new DatabaseInitializationResult(pending, version, options.Value.SeedDemoData);
    }

    /// <summary>Before anything is protected with them: keys that cannot read what is stored must not write more.</summary>
    private async Task EnsurePersonalDataReadableAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await PersonalDataKeyCheck.EnsureReadableAsync(context, cancellationToken).ConfigureAwait(false);
    }

    private async Task ProtectPersonalDataAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await LookupKeys.EnsureAsync(context, cancellationToken).ConfigureAwait(false);
        var protecting = FormulateDbContext.ProtectorOf(context) is not null;
        var protectedCount = await PersonalDataBackfill.ProtectAsync(context, protecting, cancellationToken).ConfigureAwait(false);
        if (protecting && protectedCount > 0)
        {
            DataLog.PersonalDataProtected(logger, protectedCount);
        }
    }

    private async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var known = context.Database.GetMigrations().ToList();
        var carriedOver = new List<string>();

        if (await context.Database.CanConnectAsync(cancellationToken).ConfigureAwait(false))
        {
            // Before writing to it: upgrading a damaged file would spread the damage.
            await DatabaseIntegrity.EnsureIntactAsync(context, cancellationToken).ConfigureAwait(false);
            var applied = await context.Database.GetAppliedMigrationsAsync(cancellationToken).ConfigureAwait(false);
            var unknown = applied.Except(known, StringComparer.Ordinal).Except(LegacySchema.Versions, StringComparer.Ordinal).ToList();
            if (unknown.Count > 0)
            {
                // Starting an older release against a newer schema would read and write data it does not understand.
                throw new NewerSchemaException(unknown);
            }

            carriedOver.AddRange(await LegacySchema.CarryOverAsync(context, cancellationToken).ConfigureAwait(false));
            if (carriedOver.Count > 0)
            {
                DataLog.CarriedOverLegacySchema(logger, carriedOver);
            }
        }

        var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
        if (pending.Count > 0)
        {
            DataLog.ApplyingSchemaVersions(logger, pending);
            await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }

        DataLog.SchemaCurrent(logger, known[^1]);
        return [.. carriedOver, .. pending];
    }
}
