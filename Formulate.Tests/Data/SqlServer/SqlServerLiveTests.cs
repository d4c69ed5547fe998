using Formulate.Data;
using Formulate.Data.Resilience;
using Formulate.Tests.Data.Builders;
using Formulate.Tests.Data.Infrastructure;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;

namespace Formulate.Tests.Data.SqlServer;

/// <summary>
/// Opt-in: on the SQL Server that FORMULATE_TEST_SQLSERVER names, each test makes a database of its own, starts the data
/// layer on it as the app does, and drops it afterwards. Skipped, saying why, when the variable is not set.
/// </summary>
public sealed class SqlServerLiveTests : IAsyncLifetime
{
    private readonly string _connectionString;

    public SqlServerLiveTests()
    {
        var server = Environment.GetEnvironmentVariable(SqlServerFactAttribute.Variable);
        _connectionString = string.IsNullOrWhiteSpace(server)
            ? ""
            : new SqlConnectionStringBuilder(server) { InitialCatalog = $"formulate_test_{Guid.NewGuid():N}" }.ConnectionString;
    }

    private TestDatabase? _database;

    private TestDatabase Database => _database ??= new TestDatabase(new SqlServerHost(_connectionString));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [SqlServerFact]
    public async Task InitializeAsync_NoDatabase_CreatesItAtTheCurrentVersion()
    {
        var result = await Database.InitializeAsync(seedDemoData: true);

        await using var context = Database.CreateContext();
        result.AppliedMigrations.ShouldBe(context.Database.GetMigrations());
        context.Database.HasPendingModelChanges().ShouldBeFalse();
        (await context.UserAccounts.CountAsync()).ShouldBeGreaterThan(0);
        (await Database.InitializeAsync()).AppliedMigrations.ShouldBeEmpty();
    }

    [SqlServerFact]
    public async Task SaveChanges_TakenCaseReference_IsAUniqueKeyViolation()
    {
        await Database.InitializeAsync();
        await using (var context = Database.CreateContext())
        {
            context.Add(new PersonBuilder().WithCaseReference("SQL-0001").Build());
            await context.SaveChangesAsync();
        }

        await using var again = Database.CreateContext();
        again.Add(new PersonBuilder().WithCaseReference("SQL-0001").Build());
        var error = await Should.ThrowAsync<DbUpdateException>(() => again.SaveChangesAsync());

        UniqueKeyViolation.IsCause(error).ShouldBeTrue();
    }

    [SqlServerFact]
    public async Task EstimateSnapshots_SavedAndRead_ComeBackUnchanged()
    {
        await Database.InitializeAsync();
        var profileId = await Database.AddDraftProfileAsync("sql.practitioner");

        var saved = await Database.Estimates.SaveAsync(profileId, new NewEstimateSnapshotBuilder().WithWeeklyEstimate(1234.56m).Build(), "sql.practitioner");

        var read = await Database.Estimates.ListForProfileAsync(profileId);
        read.Single().WeeklyEstimate.ShouldBe(1234.56m);
        read.Single().Id.ShouldBe(saved.Id);
    }
}
