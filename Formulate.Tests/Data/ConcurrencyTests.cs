using System.Text.Json.Nodes;
using Formulate.Data.Entities;
using Formulate.Data.Profiles;
using Formulate.Tests.Data.Builders;
using Formulate.Tests.Data.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Formulate.Tests.Data;

public abstract class ConcurrencyTests(ITestDatabaseHost host) : DataTestBase(host)
{
    private NeedsProfile _profile = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var person = new PersonBuilder().Build();
        _profile = new NeedsProfileBuilder().ForPerson(person).WithAnswer("mobility", "independent").Build();
        await using var context = Database.CreateContext();
        context.AddRange(person, _profile);
        await context.SaveChangesAsync();
    }

    [Fact]
    public async Task SaveChanges_TwoContextsEditTheSameProfile_SecondGetsConcurrencyConflict()
    {
        await using var first = Database.CreateContext();
        await using var second = Database.CreateContext();
        var firstCopy = await first.NeedsProfiles.SingleAsync(p => p.Id == _profile.Id);
        var secondCopy = await second.NeedsProfiles.SingleAsync(p => p.Id == _profile.Id);

        firstCopy.AnswersJson = """{"mobility":"first"}""";
        await first.SaveChangesAsync();
        secondCopy.AnswersJson = """{"mobility":"second"}""";

        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var check = Database.CreateContext();
        (await check.NeedsProfiles.SingleAsync(p => p.Id == _profile.Id)).AnswersJson.ShouldBe("""{"mobility":"first"}""");
    }

    [Fact]
    public async Task SaveChanges_TwoContextsEditTheSamePerson_SecondGetsConcurrencyConflict()
    {
        await using var first = Database.CreateContext();
        await using var second = Database.CreateContext();
        (await first.People.SingleAsync(p => p.Id == _profile.PersonId)).Postcode = "AB1 2CD";
        var secondCopy = await second.People.SingleAsync(p => p.Id == _profile.PersonId);
        await first.SaveChangesAsync();

        secondCopy.Postcode = "ZZ9 9ZZ";

        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }

    [Fact]
    public async Task SaveChanges_ProfileModified_IncrementsVersion()
    {
        await using (var context = Database.CreateContext())
        {
            (await context.NeedsProfiles.SingleAsync(p => p.Id == _profile.Id)).Status = NeedsProfileStatus.Completed;
            await context.SaveChangesAsync();
        }

        await using var check = Database.CreateContext();
        (await check.NeedsProfiles.SingleAsync(p => p.Id == _profile.Id)).Version.ShouldBe(_profile.Version + 1);
    }

    [Fact]
    public async Task SaveAnswerAsync_CurrentVersion_SavesAnswerAndStampsChange()
    {
        Database.Time.Advance(TimeSpan.FromMinutes(5));

        var result = await Database.Profiles.SaveAnswerAsync(_profile.Id, "meals", "prompting", _profile.Version, "demo.practitioner");

        result.ShouldBe(SaveAnswerResult.Saved(_profile.Version + 1));
        var saved = await Database.Profiles.FindAsync(_profile.Id);
        saved.ShouldNotBeNull();
        Answers(saved).ShouldBe(new Dictionary<string, string> { ["mobility"] = "independent", ["meals"] = "prompting" });
        saved.Version.ShouldBe(result.Version);
        saved.UpdatedBy.ShouldBe("demo.practitioner");
        saved.UpdatedAt.ShouldBe(FixedTimeProvider.DefaultNow.AddMinutes(5));
    }

    [Fact]
    public async Task SaveAnswerAsync_StaleVersion_ReturnsConflictAndKeepsTheOtherPersonsAnswer()
    {
        var stale = _profile.Version;
        (await Database.Profiles.SaveAnswerAsync(_profile.Id, "mobility", "needs-help", stale, "colleague")).IsSaved.ShouldBeTrue();

        var result = await Database.Profiles.SaveAnswerAsync(_profile.Id, "mobility", "independent-with-aids", stale, "demo.practitioner");

        result.Outcome.ShouldBe(SaveAnswerOutcome.Conflict);
        result.Version.ShouldBe(stale + 1);
        result.Message.ShouldBe("This profile was changed by someone else. Reload to see their changes.");
        var saved = await Database.Profiles.FindAsync(_profile.Id);
        Answers(saved!)["mobility"].ShouldBe("needs-help");
    }

    [Fact]
    public async Task SaveAnswerAsync_NullAnswer_RemovesTheAnswer()
    {
        var result = await Database.Profiles.SaveAnswerAsync(_profile.Id, "mobility", null, _profile.Version, "demo.practitioner");

        result.IsSaved.ShouldBeTrue();
        Answers((await Database.Profiles.FindAsync(_profile.Id))!).ShouldBeEmpty();
    }

    [Fact]
    public async Task SaveAnswersAsync_AnswerAndDiscardedAnswer_SavesBothInOneVersion()
    {
        var changes = new Dictionary<string, string?> { ["meals"] = "prompting", ["mobility"] = null };

        var result = await Database.Profiles.SaveAnswersAsync(_profile.Id, changes, _profile.Version, "demo.practitioner");

        result.ShouldBe(SaveAnswerResult.Saved(_profile.Version + 1));
        Answers((await Database.Profiles.FindAsync(_profile.Id))!).ShouldBe(new Dictionary<string, string> { ["meals"] = "prompting" });
    }

    [Fact]
    public async Task SaveAnswersAsync_StaleVersion_WritesNoneOfTheChanges()
    {
        var stale = _profile.Version;
        (await Database.Profiles.SaveAnswerAsync(_profile.Id, "meals", "none", stale, "colleague")).IsSaved.ShouldBeTrue();
        var changes = new Dictionary<string, string?> { ["meals"] = "prompting", ["mobility"] = null };

        var result = await Database.Profiles.SaveAnswersAsync(_profile.Id, changes, stale, "demo.practitioner");

        result.Outcome.ShouldBe(SaveAnswerOutcome.Conflict);
        Answers((await Database.Profiles.FindAsync(_profile.Id))!)
            .ShouldBe(new Dictionary<string, string> { ["mobility"] = "independent", ["meals"] = "none" });
    }

    [Fact]
    public async Task SaveAnswerAsync_SubmittedProfile_ReturnsNotEditable()
    {
        await using (var context = Database.CreateContext())
        {
            (await context.NeedsProfiles.SingleAsync(p => p.Id == _profile.Id)).Status = NeedsProfileStatus.Submitted;
            await context.SaveChangesAsync();
        }

        var result = await Database.Profiles.SaveAnswerAsync(_profile.Id, "meals", "prompting", _profile.Version + 1, "demo.practitioner");

        result.Outcome.ShouldBe(SaveAnswerOutcome.NotEditable);
    }

    [Fact]
    public async Task SaveAnswerAsync_UnknownProfile_ReturnsNotFound()
    {
        var result = await Database.Profiles.SaveAnswerAsync(Guid.NewGuid(), "meals", "prompting", 0, "demo.practitioner");

        result.Outcome.ShouldBe(SaveAnswerOutcome.NotFound);
    }

    [Fact]
    public async Task CreateAsync_NewProfile_StartsAsEmptyDraftAtVersionZero()
    {
        var profile = await Database.Profiles.CreateAsync(_profile.PersonId, new DateOnly(2026, 11, 22), "2026.1", "demo.practitioner");

        var saved = await Database.Profiles.FindAsync(profile.Id);
        saved.ShouldNotBeNull();
        saved.Status.ShouldBe(NeedsProfileStatus.Draft);
        saved.AnswersJson.ShouldBe("{}");
        saved.Version.ShouldBe(0);
        saved.CreatedAt.ShouldBe(FixedTimeProvider.DefaultNow);
    }

    private static Dictionary<string, string> Answers(NeedsProfile profile) =>
        JsonNode.Parse(profile.AnswersJson)!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>());
}
