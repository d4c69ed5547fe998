using Formulate.Data;
using Formulate.Data.Entities;
using Formulate.Data.Migrations.Legacy;
using Formulate.Data.Protection;
using Formulate.Data.Providers;
using Formulate.Tests.Data.Builders;
using Formulate.Tests.Data.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Formulate.Tests.Data;

public abstract class SchemaTests(ITestDatabaseHost host) : DataTestBase(host)
{
    private const string FirstVersion = "20261122000001_CaseRecords";

    public override Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task InitializeAsync_NoDatabase_CreatesItAtTheCurrentVersion()
    {
        var result = await Database.InitializeAsync();

        await using var context = Database.CreateContext();
        var known = context.Database.GetMigrations().ToList();
        result.AppliedMigrations.ShouldBe(known);
        result.SchemaVersion.ShouldBe(known[^1]);
        (await context.Database.GetAppliedMigrationsAsync()).ShouldBe(known);
        (await context.People.CountAsync()).ShouldBe(0);
        (await context.UserAccounts.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task InitializeAsync_NoDatabase_BuildsTheSameSchemaAsTheEntityModel()
    {
        await Database.InitializeAsync();
        var fromModel = new TestDatabase(Database.Host);
        await using (fromModel)
        {
            await using (var context = fromModel.CreateContext())
            {
                await context.Database.EnsureCreatedAsync();
            }

            var migrated = await Database.Host.DescribeSchemaAsync(Database.ConnectionString);
            var expected = await Database.Host.DescribeSchemaAsync(fromModel.ConnectionString);

            migrated.ShouldNotBeEmpty();
            migrated.Except(expected).ShouldBeEmpty("built by the schema versions but not described by the entity model");
            expected.Except(migrated).ShouldBeEmpty("described by the entity model but not built by the schema versions");
        }
    }

    [Fact]
    public async Task InitializeAsync_DatabaseAtFirstVersion_UpgradesAndKeepsData()
    {
        var person = new PersonBuilder().WithCaseReference("OLD-0001").Build();
        await using (var context = Database.CreateContext())
        {
            await LegacySchema.MigrateToAsync(context, FirstVersion);

            // Written as the first release wrote it: the context of this release also writes to the audit log, which that schema lacks.
            var sqlite = Database.Host.Provider == DatabaseProvider.Sqlite;
            await context.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"People\" (\"Id\", \"CaseReference\", \"GivenName\", \"FamilyName\", \"Team\", \"CreatedAt\", \"CreatedBy\", \"Version\") " +
                "VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, 0)",
                sqlite ? person.Id.ToString().ToUpperInvariant() : person.Id,
                person.CaseReference, person.GivenName, person.FamilyName, person.Team,
                sqlite ? "2026-11-22 10:15:30" : new DateTime(2026, 11, 22, 10, 15, 30, DateTimeKind.Utc),
                person.CreatedBy);
        }

        var result = await Database.InitializeAsync(seedDemoData: true);

        result.AppliedMigrations.ShouldBe(["20261122000002_Accounts", "20261122000003_SignOffAndAudit", "20261122000004_ParameterVersions", "20261122000005_AccuracySamples", "20261122000006_PersonalDataProtection", "20261122000007_SubmissionApprovalLimit", "20261122000008_OneDraftPerKind", "20261122000009_PasswordChanges", "20261122000010_SignInSessions", "20261122000011_ProtectedNotesAndCaseReferences", "20261122000013_PersonTitleAndBirthDate", "20261122000014_SubmissionWarnings", "20261122000015_LetterReasons", "20261122000016_RepliesAndCarriedForwardAnswers", .. Generated()]);
        await using var after = Database.CreateContext();
        (await after.People.SingleAsync(p => p.CaseReference == "OLD-0001")).Id.ShouldBe(person.Id);
        (await after.UserAccounts.CountAsync()).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task InitializeAsync_SubmissionFromBeforeLimitsWereRecorded_KeepsItWithNoLimit()
    {
        await using (var context = Database.CreateContext())
        {
            await LegacySchema.MigrateToAsync(context, LegacySchema.Versions[^1]);
        }

        var person = new PersonBuilder().WithCaseReference("OLD-0002").Build();
        var profile = new NeedsProfileBuilder().ForPerson(person).WithStatus(NeedsProfileStatus.Submitted).Build();
        var snapshot = new EstimateSnapshotBuilder().ForProfile(profile).WithWeeklyEstimate(1200m).Build();
        var submission = new BudgetSubmission
        {
            NeedsProfileId = profile.Id,
            PersonId = person.Id,
            EstimateSnapshotId = snapshot.Id,
            Team = person.Team,
            EstimatedWeekly = 1200m,
            ProposedWeekly = 1200m,
            NeedsSecondApproval = true,
            SecondApprovalAboveWeekly = 1000m,
            SubmittedBy = "prac",
        };
        await using (var context = Database.CreateContext())
        {
            context.AddRange(person, profile, snapshot, submission);
            await context.SaveChangesAsync();
            await LegacySchema.MigrateToAsync(context, "20261122000006_PersonalDataProtection");
        }

        var result = await Database.InitializeAsync();

        result.AppliedMigrations.ShouldBe(["20261122000007_SubmissionApprovalLimit", "20261122000008_OneDraftPerKind", "20261122000009_PasswordChanges", "20261122000010_SignInSessions", "20261122000011_ProtectedNotesAndCaseReferences", "20261122000013_PersonTitleAndBirthDate", "20261122000014_SubmissionWarnings", "20261122000015_LetterReasons", "20261122000016_RepliesAndCarriedForwardAnswers", .. Generated()]);
        await using var after = Database.CreateContext();
        var kept = await after.BudgetSubmissions.SingleAsync(s => s.Id == submission.Id);
        kept.NeedsSecondApproval.ShouldBeTrue();
        kept.ProposedWeekly.ShouldBe(1200m);
        kept.SecondApprovalAboveWeekly.ShouldBeNull();
    }

    [Fact]
    public async Task InitializeAsync_AccountsFromBeforeSecurityStamps_EachGetsItsOwnStampAndKeepsItsPassword()
    {
        await using (var context = Database.CreateContext())
        {
            await LegacySchema.MigrateToAsync(context, "20261122000008_OneDraftPerKind");

            // Written as the previous release wrote them: this release's context writes the columns that schema lacks.
            var sqlite = Database.Host.Provider == DatabaseProvider.Sqlite;
            foreach (var userName in new[] { "old.one", "old.two" })
            {
                var id = Guid.NewGuid();
                await context.Database.ExecuteSqlRawAsync(
                    "INSERT INTO \"UserAccounts\" (\"Id\", \"UserName\", \"DisplayName\", \"PasswordHash\", \"FailedSignInCount\", \"IsActive\", \"Version\") " +
                    "VALUES ({0}, {1}, {2}, {3}, 0, {4}, 3)",
                    sqlite ? id.ToString().ToUpperInvariant() : id, userName, "Old Account", $"hash-of-{userName}", true);
            }
        }

        var result = await Database.InitializeAsync();

        result.AppliedMigrations.ShouldBe(["20261122000009_PasswordChanges", "20261122000010_SignInSessions", "20261122000011_ProtectedNotesAndCaseReferences", "20261122000013_PersonTitleAndBirthDate", "20261122000014_SubmissionWarnings", "20261122000015_LetterReasons", "20261122000016_RepliesAndCarriedForwardAnswers", .. Generated()]);
        await using var after = Database.CreateContext();
        var accounts = await after.UserAccounts.OrderBy(a => a.UserName).ToListAsync();
        accounts.Select(a => a.PasswordHash).ShouldBe(["hash-of-old.one", "hash-of-old.two"]);
        accounts.ShouldAllBe(a => a.SecurityStamp.Length == UserAccount.SecurityStampLength && !a.MustChangePassword && a.Version == 3);
        accounts[0].SecurityStamp.ShouldNotBe(accounts[1].SecurityStamp);
    }

    [Fact]
    public async Task InitializeAsync_DatabaseAtVersion9_AddsSessionsThatKeepWhyTheyEndedAndOutliveARemovedAccount()
    {
        await using (var context = Database.CreateContext())
        {
            await LegacySchema.MigrateToAsync(context, "20261122000009_PasswordChanges");
        }

        var result = await Database.InitializeAsync();

        result.AppliedMigrations.ShouldBe(["20261122000010_SignInSessions", "20261122000011_ProtectedNotesAndCaseReferences", "20261122000013_PersonTitleAndBirthDate", "20261122000014_SubmissionWarnings", "20261122000015_LetterReasons", "20261122000016_RepliesAndCarriedForwardAnswers", .. Generated()]);
        var account = new UserAccount { UserName = "session.owner", DisplayName = "Session Owner" };
        var session = new SignInSession { UserAccountId = account.Id, UserName = account.UserName, StartedAt = Database.Time.GetUtcNow() };
        session.End(SessionEnd.PasswordChanged, Database.Time.GetUtcNow().AddMinutes(5));
        await using (var context = Database.CreateContext())
        {
            context.AddRange(account, session);
            await context.SaveChangesAsync();
            await context.UserAccounts.Where(a => a.Id == account.Id).ExecuteDeleteAsync();
        }

        await using var after = Database.CreateContext();
        var kept = await after.SignInSessions.SingleAsync(s => s.Id == session.Id);
        kept.UserAccountId.ShouldBeNull();
        kept.EndReason.ShouldBe(SessionEnd.PasswordChanged);
        kept.EndedAt.ShouldBe(Database.Time.GetUtcNow().AddMinutes(5));
    }

    [Fact]
    public async Task InitializeAsync_AlreadyCurrent_AppliesNothing()
    {
        await Database.InitializeAsync();

        var again = await Database.InitializeAsync();

        again.AppliedMigrations.ShouldBeEmpty();
    }

    [Fact]
    public async Task InitializeAsync_DatabaseFromNewerRelease_RefusesToStart()
    {
        await Database.InitializeAsync();
        await using (var context = Database.CreateContext())
        {
            await context.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ({0}, {1})",
                "29990101000000_FromTheFuture",
                "10.0.0");
        }

        var error = await Should.ThrowAsync<InvalidOperationException>(() => Database.InitializeAsync());

        error.Message.ShouldContain("29990101000000_FromTheFuture");
    }

    [Fact]
    public async Task CreateAtCurrentSchemaAsync_CopyOfTheTemplate_IsWhatAFirstStartLeaves()
    {
        await Database.InitializeAsync();
        var copy = new TestDatabase(Database.Host);
        await using (copy)
        {
            await copy.CreateAtCurrentSchemaAsync();

            (await copy.Host.DescribeSchemaAsync(copy.ConnectionString)).ShouldBe(await Database.Host.DescribeSchemaAsync(Database.ConnectionString));
            await using (var started = Database.CreateContext())
            await using (var copied = copy.CreateContext())
            {
                (await copied.Database.GetAppliedMigrationsAsync()).ShouldBe(await started.Database.GetAppliedMigrationsAsync());
                (await RecordsAsync(copied)).ShouldBe(await RecordsAsync(started));
            }

            (await copy.InitializeAsync()).AppliedMigrations.ShouldBeEmpty();
        }
    }

    /// <summary>What a first start without demo data writes: the shipped versions, published; no one and nothing else.</summary>
    private static async Task<List<string>> RecordsAsync(FormulateDbContext context) =>
    [
        .. (await context.ParameterSetVersions.AsNoTracking().ToListAsync())
            .Select(v => $"{v.Kind} {v.Stamp} {v.Status} {v.EffectiveFrom} {v.CreatedAt:O} {v.CreatedBy} {v.PublishedAt:O} {v.PublishedBy} {v.Json}")
            .Order(StringComparer.Ordinal),
        $"people {await context.People.CountAsync()}",
        $"accounts {await context.UserAccounts.CountAsync()}",
        $"lookup keys {await context.LookupKeys.CountAsync()}",
    ];

    private static readonly string[] TablesAfterVersion16 = ["DataProtectionKeys", "SelfAssessments", "SelfAssessmentReviews"];

    [Fact]
    public async Task InitializeAsync_DatabaseAtTheLastHandWrittenVersion_CarriesItOverKeepingEveryRecord()
    {
        // Names, notes and references protected, as every release since version 11 has stored them.
        var database = new TestDatabase(Database.Host, protectPersonalData: true);
        await using var _ = database;
        Dictionary<string, List<string>> before;
        await using (var context = database.CreateContext())
        {
            await LegacySchema.MigrateToAsync(context, LegacySchema.Versions[^1]);
            await LookupKeys.EnsureAsync(context, CancellationToken.None);
        }

        await using (var context = database.CreateContext())
        {
            // Version 16 has no ExternalId: the column is there only while today's model writes and reads the records.
            await context.Database.ExecuteSqlRawAsync("""ALTER TABLE "UserAccounts" ADD COLUMN "ExternalId" TEXT NULL""");
            await EveryKindOfRecord.AddAsync(context, database.Time.GetUtcNow());
            before = await EveryKindOfRecord.ReadAllAsync(context, except: TablesAfterVersion16);
            await context.Database.ExecuteSqlRawAsync("""ALTER TABLE "UserAccounts" DROP COLUMN "ExternalId";""");
        }

        var result = await database.InitializeAsync();

        result.AppliedMigrations.ShouldBe(Generated());
        before.Where(table => table.Value.Count == 0).Select(table => table.Key).ShouldBeEmpty("every table holds a record before the upgrade");
        await using (var context = database.CreateContext())
        {
            var after = await EveryKindOfRecord.ReadAllAsync(context);
            foreach (var (table, rows) in before)
            {
                rows.Except(after[table]).ShouldBeEmpty($"rows of {table} lost or changed by the upgrade");
            }

            (await context.Database.GetAppliedMigrationsAsync()).ShouldBe([.. LegacySchema.Versions, .. context.Database.GetMigrations()]);
        }

        await Database.CreateAtCurrentSchemaAsync();
        (await database.Host.DescribeSchemaAsync(database.ConnectionString)).ShouldBe(await Database.Host.DescribeSchemaAsync(Database.ConnectionString));
        (await database.InitializeAsync()).AppliedMigrations.ShouldBeEmpty();
    }

    [Fact]
    public async Task InitializeAsync_DatabaseCarriedOverBefore_AppliesNothingAndKeepsTheOldVersionsInItsHistory()
    {
        await using (var context = Database.CreateContext())
        {
            await LegacySchema.MigrateToAsync(context, LegacySchema.Versions[^1]);
        }

        await Database.InitializeAsync();

        (await Database.InitializeAsync()).AppliedMigrations.ShouldBeEmpty();
        await using var after = Database.CreateContext();
        (await after.Database.GetAppliedMigrationsAsync()).Count().ShouldBe(LegacySchema.Versions.Count + after.Database.GetMigrations().Count());
    }

    /// <summary>This provider's generated migrations, the first of them the schema of hand-written version 16.</summary>
    private List<string> Generated()
    {
        using var context = Database.CreateContext();
        return [.. context.Database.GetMigrations()];
    }
}
