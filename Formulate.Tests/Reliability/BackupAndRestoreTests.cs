using Formulate.Analysis.Accuracy;
using Formulate.Analysis.Defaults;
using Formulate.Data.Accuracy;
using Formulate.Data.Entities;
using Formulate.Data.Parameters;
using Formulate.Data.SignOff;
using Formulate.Engine.Defaults;
using Formulate.Tests.Accuracy;
using Formulate.Tests.Data.Builders;
using Formulate.Tests.Data.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Formulate.Tests.Reliability;

/// <summary>The procedure in docs/backup-and-restore.md, command for command, on the test server.</summary>
[Collection(PostgreSqlServerGroup.Name)]
public sealed class BackupAndRestoreTests(PostgreSqlServer server) : IAsyncLifetime
{
    private TestDatabase Original { get; } = new(server);

    private TestDatabase Restored { get; } = new(server);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await Original.DisposeAsync();
        await Restored.DisposeAsync();
    }

    [Fact]
    public async Task PgDumpThenPgRestore_IntoAFreshDatabase_HasEveryRecordOfEveryTable()
    {
        await Original.InitializeAsync(seedDemoData: true);
        await AddCaseWorkAsync();
        var dump = Path.Combine(server.WorkDirectory, $"formulate-{Guid.NewGuid():N}.dump");

        await PostgreSqlServer.RunToolAsync("pg_dump", "--format=custom", "--no-owner", $"--file={dump}", Connection(Original));
        await PostgreSqlServer.RunToolAsync("createdb", "-h", "127.0.0.1", "-p", $"{server.Port}", "-U", "postgres", DatabaseName(Restored));
        await PostgreSqlServer.RunToolAsync("pg_restore", "--no-owner", "--exit-on-error", "--single-transaction", $"--dbname={Connection(Restored)}", dump);

        var tables = await TablesAsync(Original.ConnectionString);
        tables.ShouldContain("People");
        tables.ShouldContain("__EFMigrationsHistory");
        (await TablesAsync(Restored.ConnectionString)).ShouldBe(tables);
        foreach (var table in tables)
        {
            var original = await RowsAsync(Original.ConnectionString, table);
            original.Count.ShouldBeGreaterThan(0, $"{table} has records to back up");
            (await RowsAsync(Restored.ConnectionString, table)).ShouldBe(original, $"{table} after restoring");
        }

        var started = await Restored.InitializeAsync(seedDemoData: true);
        started.AppliedMigrations.ShouldBeEmpty();
        await using var context = Restored.CreateContext();
        (await context.EstimateSnapshots.CountAsync()).ShouldBe(1);
        (await context.BudgetSubmissions.Select(submission => submission.Status).ToListAsync())
            .ShouldBe([SubmissionStatus.Returned, SubmissionStatus.AwaitingApproval], ignoreOrder: true);
    }

    private async Task AddCaseWorkAsync()
    {
        var person = new PersonBuilder().WithCaseReference("BACKUP-0001").Build();
        var profile = new NeedsProfileBuilder().ForPerson(person).WithAnswer("person.age_band", "65_74").WithStatus(NeedsProfileStatus.Completed).Build();
        // With a warning, so that its reason is kept with each submission.
        var snapshot = new EstimateSnapshotBuilder().ForProfile(profile).WithWeeklyEstimate(412.37m).WithWarnings(Warnings.YoungCarer).Build();
        var reasons = new Dictionary<int, string> { [0] = "Young carer referred to children's services on 3 May" };
        await using (var context = Original.CreateContext())
        {
            context.AddRange(person, profile, snapshot);
            await context.SaveChangesAsync();
        }

        var signOff = Original.Services.GetRequiredService<SignOffStore>();
        var submitted = await signOff.SubmitAsync(
            new NewSubmission { NeedsProfileId = profile.Id, EstimateSnapshotId = snapshot.Id, ProposedWeekly = 412.37m, WarningReasons = reasons }, "demo.practitioner");
        var first = submitted.SubmissionId.ShouldNotBeNull();
        (await signOff.DecideAsync(first, DecisionOutcome.Returned, "Check the night-time answers", "demo.manager")).Succeeded.ShouldBeTrue();
        (await signOff.SubmitAsync(
            new NewSubmission { NeedsProfileId = profile.Id, EstimateSnapshotId = snapshot.Id, ProposedWeekly = 412.37m, WarningReasons = reasons }, "demo.practitioner"))
            .Succeeded.ShouldBeTrue();
        await using var keys = Original.CreateContext();
        keys.ApiKeys.Add(new ApiKey { Name = "Case management system", Prefix = "fk_backup", KeyHash = new string('a', 64), CreatedAt = FixedTimeProvider.DefaultNow, CreatedBy = "demo.config" });
        keys.AuditAs("demo.config", "API key created");
        // As the app stores the key its case reference lookups are made with, protected by its Data Protection keys.
        keys.LookupKeys.Add(new LookupKey { Purpose = "case-reference.v1", ProtectedKey = "protected-lookup-key" });
        // As the app keeps its Data Protection keys with the database key store: encrypted with a key kept elsewhere.
        keys.DataProtectionKeys.Add(new DataProtectionKeyRecord { FriendlyName = "key-3f0c2a8e-5d1b-4c7a-9e26-0b8d4f1a6c53", EncryptedXml = "v1:encrypted-key-element" });
        var practitioner = await keys.UserAccounts.SingleAsync(account => account.UserName == "demo.practitioner");
        keys.SignInSessions.Add(new SignInSession { UserAccountId = practitioner.Id, UserName = practitioner.UserName, StartedAt = FixedTimeProvider.DefaultNow });
        await keys.SaveChangesAsync();

        (await Original.Services.GetRequiredService<BenchmarkDatasetStore>()
            .ImportAsync(AnalysisDefaults.IllustrativeBenchmarkJson, "demo.config")).Succeeded.ShouldBeTrue();

        var samples = Original.Services.GetRequiredService<AccuracySampleStore>();
        var sample = SyntheticSample.Generate(SampleFormat.MinRows, 7);
        var saved = await samples.SaveAsync("Backup check", SyntheticSample.ToCsv(sample), sample, "demo.config");
        await samples.SaveReportAsync(saved, AccuracyReporter.Report(DefaultDefinitions.Definition, sample, 25m), "demo.config");
        (await Original.Services.GetRequiredService<EstimateFlagStore>()
            .FlagAsync(snapshot.Id, "The package needs a specialist provider", "demo.practitioner")).Succeeded.ShouldBeTrue();
    }

    private static string DatabaseName(TestDatabase database) => new NpgsqlConnectionStringBuilder(database.ConnectionString).Database!;

    private static string Connection(TestDatabase database)
    {
        var builder = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        return $"host={builder.Host} port={builder.Port} user={builder.Username} dbname={builder.Database}";
    }

    private static async Task<List<string>> TablesAsync(string connectionString) =>
        await QueryAsync(connectionString, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name");

    /// <summary>Every row of a table as text, in a stable order: equal lists mean equal tables.</summary>
    private static async Task<List<string>> RowsAsync(string connectionString, string table) =>
        await QueryAsync(connectionString, $"SELECT t::text FROM \"{table}\" t ORDER BY 1");

    private static async Task<List<string>> QueryAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
