using System.Reflection;
using Formulate.Data;
using Formulate.Data.Migrations.Legacy;
using Formulate.Data.Providers;
using Formulate.Tests.Data.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Formulate.Tests.Data;

/// <summary>The migrations dotnet ef generates for each provider, read without a database.</summary>
public sealed class GeneratedMigrationsTests
{
    private static readonly Dictionary<Type, string> ContextNamespaces = new()
    {
        [typeof(SqliteFormulateDbContext)] = "Formulate.Data.Migrations.Sqlite",
        [typeof(PostgreSqlFormulateDbContext)] = "Formulate.Data.Migrations.PostgreSql",
        [typeof(SqlServerFormulateDbContext)] = "Formulate.Data.Migrations.SqlServer",
        [typeof(LegacySchemaContext)] = "Formulate.Data.Migrations.Legacy",
    };

    public static TheoryData<DatabaseProvider> Providers => DesignTimeContexts.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public void HasPendingModelChanges_EachProvider_IsFalse(DatabaseProvider provider)
    {
        using var context = DesignTimeContexts.Create(provider);

        context.Database.HasPendingModelChanges().ShouldBeFalse(
            $"The entity model has changed since the last {provider} migration. Add a migration for every provider: " +
            "see \"Changing the schema\" in Formulate.Data/README.md.");
    }

    [Fact]
    public void Migrations_EveryOne_BelongsToOneProviderInItsFolderOrIsAHandWrittenVersion()
    {
        // A migration EF Core cannot tie to a provider's context is never applied, and nothing would say so.
        var migrations = typeof(FormulateDbContext).Assembly.GetTypes().Where(type => type.IsSubclassOf(typeof(Migration))).ToList();

        migrations.ShouldNotBeEmpty();
        foreach (var migration in migrations)
        {
            var context = migration.GetCustomAttribute<DbContextAttribute>()?.ContextType;
            context.ShouldNotBeNull($"{migration.FullName} names no context");
            ContextNamespaces.ShouldContainKey(context, $"{migration.FullName} belongs to {context.Name}, which is no provider's context");
            migration.Namespace.ShouldBe(ContextNamespaces[context], $"{migration.FullName} is outside its provider's folder");
        }

        LegacySchema.Versions.ShouldBe(["20261122000001_CaseRecords", "20261122000002_Accounts", "20261122000003_SignOffAndAudit", "20261122000004_ParameterVersions", "20261122000005_AccuracySamples", "20261122000006_PersonalDataProtection", "20261122000007_SubmissionApprovalLimit", "20261122000008_OneDraftPerKind", "20261122000009_PasswordChanges", "20261122000010_SignInSessions", "20261122000011_ProtectedNotesAndCaseReferences", "20261122000013_PersonTitleAndBirthDate", "20261122000014_SubmissionWarnings", "20261122000015_LetterReasons", "20261122000016_RepliesAndCarriedForwardAnswers"]);
    }

    [Fact]
    public void GetMigrations_EachProvider_HasTheSameMigrationsInTheSameOrder()
    {
        var names = new Dictionary<DatabaseProvider, List<string>>();
        foreach (var provider in Providers)
        {
            using var context = DesignTimeContexts.Create(provider);
            names[provider] = [.. context.Database.GetMigrations().Select(id => id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..])];
        }

        names[DatabaseProvider.Sqlite][0].ShouldBe("Baseline");
        names[DatabaseProvider.PostgreSql].ShouldBe(names[DatabaseProvider.Sqlite], "PostgreSQL's migrations differ from SQLite's: add each to every provider");
        names[DatabaseProvider.SqlServer].ShouldBe(names[DatabaseProvider.Sqlite], "SQL Server's migrations differ from SQLite's: add each to every provider");
    }
}
