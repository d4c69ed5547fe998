using System.Text.Json.Nodes;
using Formulate.Data;
using Formulate.Data.Audit;
using Formulate.Data.Entities;
using Formulate.Tests.Data.Builders;
using Formulate.Tests.Data.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Data;

public abstract class AuditLogTests(ITestDatabaseHost host) : DataTestBase(host)
{
    private Person _person = null!;
    private NeedsProfile _profile = null!;

    private AuditLog Log => Database.Services.GetRequiredService<AuditLog>();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _person = new PersonBuilder().WithCaseReference("AUD-0001").Build();
        _profile = new NeedsProfileBuilder().ForPerson(_person).WithAnswer("hygiene.need", "some").Build();
        await using var context = Database.CreateContext();
        context.AuditAs("setup").AddRange(_person, _profile);
        await context.SaveChangesAsync();
    }

    [Fact]
    public async Task SaveAnswersAsync_OneAnswerChanged_WritesOneEntryWithTheAnswerBeforeAndAfter()
    {
        var profile = (await Database.Profiles.FindAsync(_profile.Id))!;

        await Database.Profiles.SaveAnswerAsync(_profile.Id, "hygiene.need", "lots", profile.Version, "prac");

        var entry = (await Log.SearchAsync(new AuditQuery { UserName = "prac" })).ShouldHaveSingleItem();
        entry.CaseReference.ShouldBe("AUD-0001");
        entry.Entry.Action.ShouldBe("Needs Profile answers changed");
        entry.Entry.OccurredAt.ShouldBe(FixedTimeProvider.DefaultNow);
        JsonNode.Parse(entry.Entry.BeforeJson!)!["Needs Profile"]!["Answers"]!["hygiene.need"]!.GetValue<string>().ShouldBe("some");
        JsonNode.Parse(entry.Entry.AfterJson!)!["Needs Profile"]!["Answers"]!["hygiene.need"]!.GetValue<string>().ShouldBe("lots");
    }

    [Fact]
    public async Task SaveChanges_SampleFileAndParameterSetAdded_SummarisesEachByWhatItIs()
    {
        var csv = "case_reference,weekly_cost\nS-1,100.00\n";
        var json = "{\"id\":\"council\"}";
        await using (var context = Database.CreateContext())
        {
            context.AuditAs("config", "Large values added").AddRange(
                new AccuracySample { Name = "Review sample", CaseCount = 1, Csv = csv, UploadedBy = "config" },
                new ParameterSetVersion { SetId = "council", SetVersion = "2026.2", Json = json, CreatedBy = "config" });
            await context.SaveChangesAsync();
        }

        var after = JsonNode.Parse((await Log.SearchAsync(new AuditQuery { Action = "Large values added" })).ShouldHaveSingleItem().Entry.AfterJson!)!;
        after["Accuracy sample"]!["Csv"]!.GetValue<string>().ShouldBe($"(sample file, {csv.Length} characters)");
        after["Parameter version"]!["Json"]!.GetValue<string>().ShouldBe($"(parameter set, {json.Length} characters)");
    }

    [Fact]
    public async Task SaveChanges_UserAndRoleAdded_WritesOneEntryWithoutThePasswordHash()
    {
        var account = new UserAccount { UserName = "new.user", DisplayName = "New User", PasswordHash = "secret-hash" };
        account.Roles.Add(new UserRole { UserAccountId = account.Id, Role = Role.Auditor });
        await using (var context = Database.CreateContext())
        {
            context.AuditAs("admin", "User added").UserAccounts.Add(account);
            await context.SaveChangesAsync();
        }

        var entry = (await Log.SearchAsync(new AuditQuery { Action = "User added" })).ShouldHaveSingleItem().Entry;
        entry.UserName.ShouldBe("admin");
        entry.BeforeJson.ShouldBeNull();
        entry.AfterJson.ShouldNotBeNull().ShouldNotContain("secret-hash");
        var after = JsonNode.Parse(entry.AfterJson)!;
        after["User"]!["UserName"]!.GetValue<string>().ShouldBe("new.user");
        after["Role"]!["Role"]!.GetValue<string>().ShouldBe("Auditor");
    }

    [Fact]
    public async Task SaveChanges_AuditEntryModified_ThrowsAndLeavesItUnchanged()
    {
        await using (var context = Database.CreateContext())
        {
            var entry = await context.AuditEntries.FirstAsync(e => e.UserName == "setup");
            context.Entry(entry).Property(e => e.UserName).CurrentValue = "someone.else";

            var error = await Should.ThrowAsync<InvalidOperationException>(() => context.SaveChangesAsync());

            error.Message.ShouldContain("append-only");
        }

        (await Log.SearchAsync(new AuditQuery { UserName = "setup" })).ShouldHaveSingleItem().Entry.UserName.ShouldBe("setup");
    }

    [Fact]
    public async Task SaveChanges_AuditEntryDeleted_ThrowsAndKeepsIt()
    {
        await using (var context = Database.CreateContext())
        {
            context.AuditEntries.Remove(await context.AuditEntries.FirstAsync(e => e.UserName == "setup"));

            Should.Throw<InvalidOperationException>(() => context.SaveChanges());
        }

        (await Log.SearchAsync(new AuditQuery { UserName = "setup" })).Count.ShouldBe(1);
    }

    [Fact]
    public async Task SearchAsync_ByCaseReferenceAndDateRange_FindsOnlyMatchingEntries()
    {
        var other = new PersonBuilder().WithCaseReference("AUD-0002").Build();
        Database.Time.Advance(TimeSpan.FromDays(2));
        await using (var context = Database.CreateContext())
        {
            context.AuditAs("prac").People.Add(other);
            await context.SaveChangesAsync();
        }

        var today = DateOnly.FromDateTime(FixedTimeProvider.DefaultNow.UtcDateTime);
        (await Log.SearchAsync(new AuditQuery { CaseReference = "AUD-0001" })).ShouldHaveSingleItem().CaseReference.ShouldBe("AUD-0001");
        // The shipped parameters are published by "system" when the database is made.
        (await Log.SearchAsync(new AuditQuery { From = today, To = today })).Where(r => r.Entry.UserName != FormulateDbContext.SystemUser)
            .ShouldHaveSingleItem().Entry.UserName.ShouldBe("setup");
        (await Log.SearchAsync(new AuditQuery { From = today.AddDays(1) })).ShouldHaveSingleItem().CaseReference.ShouldBe("AUD-0002");
        (await Log.SearchAsync(new AuditQuery { CaseReference = "AUD-9999" })).ShouldBeEmpty();
    }

    [Fact]
    public async Task SearchAsync_CaseReferenceInOtherLetterCase_FindsThePerson()
    {
        (await Log.SearchAsync(new AuditQuery { CaseReference = " aud-0001 " })).ShouldHaveSingleItem().CaseReference.ShouldBe("AUD-0001");
    }

    [Fact]
    public async Task SearchAsync_EntryJustAfterMidnightInSummer_IsFoundOnTheUkDateItIsShownWith()
    {
        Database.Time.Now = new DateTimeOffset(2026, 6, 30, 23, 30, 0, TimeSpan.Zero);
        await using (var context = Database.CreateContext())
        {
            context.AuditAs("prac").People.Add(new PersonBuilder().WithCaseReference("AUD-0003").Build());
            await context.SaveChangesAsync();
        }

        var firstOfJuly = new DateOnly(2026, 7, 1);
        (await Log.SearchAsync(new AuditQuery { CaseReference = "AUD-0003", From = firstOfJuly, To = firstOfJuly })).ShouldHaveSingleItem();
        (await Log.SearchAsync(new AuditQuery { CaseReference = "AUD-0003", To = firstOfJuly.AddDays(-1) })).ShouldBeEmpty();
    }

    [Fact]
    public async Task SearchAsync_ToTheLastDayADateCanHave_FindsEveryEntryInsteadOfThrowing()
    {
        var found = await Log.SearchAsync(new AuditQuery { CaseReference = "AUD-0001", From = DateOnly.MinValue, To = DateOnly.MaxValue });

        found.ShouldHaveSingleItem().CaseReference.ShouldBe("AUD-0001");
    }
}
