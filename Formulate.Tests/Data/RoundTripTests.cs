using Formulate.Data.Configuration;
using Formulate.Data.Entities;
using Formulate.Tests.Data.Builders;
using Formulate.Tests.Data.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Formulate.Tests.Data;

public abstract class RoundTripTests(ITestDatabaseHost host) : DataTestBase(host)
{
    [Fact]
    public async Task SaveChanges_Person_ReloadsEveryField()
    {
        var person = new PersonBuilder().WithCaseReference("CR-1001").InTeam("South Locality Team").Build();
        await SaveAsync(person);

        await using var context = Database.CreateContext();
        var reloaded = await context.People.SingleAsync(p => p.Id == person.Id);

        reloaded.ShouldBeEquivalentTo(person);
    }

    [Fact]
    public async Task SaveChanges_DuplicateCaseReference_IsRefused()
    {
        await SaveAsync(new PersonBuilder().WithCaseReference("CR-DUP").Build());

        await Should.ThrowAsync<DbUpdateException>(() => SaveAsync(new PersonBuilder().WithCaseReference("CR-DUP").Build()));
    }

    [Fact]
    public async Task SaveChanges_NeedsProfile_ReloadsAnswersJsonDateAndStatus()
    {
        var person = new PersonBuilder().Build();
        var profile = new NeedsProfileBuilder()
            .ForPerson(person)
            .WithAnswer("mobility", "needs-help-of-two")
            .WithAnswer("meals", "prompting")
            .WithStatus(NeedsProfileStatus.Completed)
            .AssessedOn(new DateOnly(2026, 2, 28))
            .Build();
        await SaveAsync(person, profile);

        await using var context = Database.CreateContext();
        var reloaded = await context.NeedsProfiles.SingleAsync(p => p.Id == profile.Id);

        reloaded.ShouldBeEquivalentTo(profile);
        reloaded.AnswersJson.ShouldBe("""{"mobility":"needs-help-of-two","meals":"prompting"}""");
    }

    [Fact]
    public async Task SaveChanges_EstimateSnapshot_ReloadsStampsAmountAndJson()
    {
        var (person, profile) = NewPersonWithProfile();
        var snapshot = new EstimateSnapshotBuilder().ForProfile(profile).WithWeeklyEstimate(1234.56m).Build();
        await SaveAsync(person, profile, snapshot);

        await using var context = Database.CreateContext();
        var reloaded = await context.EstimateSnapshots.SingleAsync(s => s.Id == snapshot.Id);

        reloaded.ShouldBeEquivalentTo(snapshot);
        reloaded.WeeklyEstimate.ShouldBe(1234.56m);
    }

    [Fact]
    public async Task Query_EstimateSnapshotsByCreatedAt_OrdersAndFiltersByInstant()
    {
        var (person, profile) = NewPersonWithProfile();
        var start = FixedTimeProvider.DefaultNow;
        // Same instant written with different offsets: ordering must follow UTC, not the text.
        var later = new EstimateSnapshotBuilder().ForProfile(profile).CreatedAt(start.AddHours(2).ToOffset(TimeSpan.FromHours(-5))).Build();
        var earlier = new EstimateSnapshotBuilder().ForProfile(profile).CreatedAt(start.ToOffset(TimeSpan.FromHours(9))).Build();
        await SaveAsync(person, profile, later, earlier);

        await using var context = Database.CreateContext();
        var ordered = await context.EstimateSnapshots.OrderBy(s => s.CreatedAt).Select(s => s.Id).ToListAsync();
        var afterStart = await context.EstimateSnapshots.Where(s => s.CreatedAt > start.AddHours(1)).Select(s => s.Id).ToListAsync();

        ordered.ShouldBe([earlier.Id, later.Id]);
        afterStart.ShouldBe([later.Id]);
    }

    [Fact]
    public async Task SaveChanges_InstantWithSubMicrosecondTicks_ReloadsAsUtcTruncatedToMicroseconds()
    {
        var instant = new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.FromHours(1)).AddTicks(1_234_567);
        var person = new PersonBuilder().CreatedAt(instant).Build();
        await SaveAsync(person);

        await using var context = Database.CreateContext();
        var reloaded = await context.People.SingleAsync(p => p.Id == person.Id);

        reloaded.CreatedAt.ShouldBe(UtcDateTimeOffsetConverter.FromStored(UtcDateTimeOffsetConverter.ToStored(instant)));
        reloaded.CreatedAt.Offset.ShouldBe(TimeSpan.Zero);
        reloaded.CreatedAt.UtcTicks.ShouldBe(instant.UtcTicks - 7);
    }

    [Fact]
    public async Task SaveChanges_UserAccountWithRoles_ReloadsRolesAndLockout()
    {
        var account = new UserAccount
        {
            UserName = "j.smith",
            DisplayName = "J Smith",
            PasswordHash = "hash",
            FailedSignInCount = 3,
            LockoutEndsAt = FixedTimeProvider.DefaultNow.AddMinutes(15),
            Team = "North Locality Team",
        };
        account.Roles.Add(new UserRole { UserAccountId = account.Id, Role = Role.TeamManager });
        account.Roles.Add(new UserRole { UserAccountId = account.Id, Role = Role.Auditor });
        await SaveAsync(account);

        await using var context = Database.CreateContext();
        var reloaded = await context.UserAccounts.Include(u => u.Roles).SingleAsync(u => u.UserName == "j.smith");

        reloaded.LockoutEndsAt.ShouldBe(FixedTimeProvider.DefaultNow.AddMinutes(15));
        reloaded.FailedSignInCount.ShouldBe(3);
        reloaded.Roles.Select(r => r.Role).Order().ShouldBe([Role.TeamManager, Role.Auditor]);
        (await context.UserRoles.Where(r => r.Role == Role.Auditor).CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task SaveChanges_RevokedApiKey_ReloadsRevocation()
    {
        var key = new ApiKey
        {
            Name = "Case management system",
            KeyHash = "hash",
            Prefix = "fm_ab12cd",
            CreatedAt = FixedTimeProvider.DefaultNow,
            CreatedBy = "demo.config",
            RevokedAt = FixedTimeProvider.DefaultNow.AddDays(30),
        };
        await SaveAsync(key);

        await using var context = Database.CreateContext();
        var reloaded = await context.ApiKeys.SingleAsync(k => k.Prefix == "fm_ab12cd");

        reloaded.ShouldBeEquivalentTo(key);
    }

    private static (Person Person, NeedsProfile Profile) NewPersonWithProfile()
    {
        var person = new PersonBuilder().Build();
        return (person, new NeedsProfileBuilder().ForPerson(person).Build());
    }

    private async Task SaveAsync(params object[] entities)
    {
        await using var context = Database.CreateContext();
        context.AddRange(entities);
        await context.SaveChangesAsync();
    }
}
