using System.Security.Claims;
using Formulate.Data.Entities;
using Formulate.Data.Seeding;
using Formulate.Data.Profiles;
using Formulate.Engine.Defaults;
using Formulate.Tests.Data.Builders;
using Formulate.Tests.Data.Infrastructure;
using Formulate.Tests.Web.Support;
using Formulate.Web.Profiles;
using Formulate.Web.Security;

namespace Formulate.Tests.Web.Profiles;

public sealed class ProfileEditorTests : IAsyncLifetime
{
    private TestDatabase Database { get; } = new(new SqliteHost());
    private Guid _profileId;

    public async Task InitializeAsync()
    {
        await Database.CreateAtCurrentSchemaAsync();
        _profileId = await Database.AddDraftProfileAsync("demo.practitioner");
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();

    [Fact]
    public async Task AnswerAsync_AnswerHidesAnsweredFollowUp_DiscardsAndSavesTheFollowUp()
    {
        using var editor = await OpenAsync();
        await editor.AnswerAsync("person.living_situation", "own_home_with_family");
        await editor.AnswerAsync("person.lives_with", "partner");

        var outcome = await editor.AnswerAsync("person.living_situation", "own_home_alone");

        outcome.Saved.ShouldBeTrue();
        outcome.Discarded.ShouldBe(["person.lives_with"]);
        (await SavedAnswersAsync()).ShouldBe(new Dictionary<string, string> { ["person.living_situation"] = "own_home_alone" });
    }

    [Fact]
    public async Task AnswerAsync_SomeoneElseSavedAnotherQuestion_KeepsTheirsAndSavesThisAnswerToo()
    {
        using var editor = await OpenAsync();
        using var colleague = await OpenAsync("colleague");
        await colleague.AnswerAsync("person.age_band", "75_84");

        var outcome = await editor.AnswerAsync("person.eligibility_decided", "yes");

        outcome.Saved.ShouldBeTrue();
        outcome.ConflictNotice.ShouldBe(ProfileEditor.ReappliedNotice);
        (await SavedAnswersAsync()).ShouldBe(new Dictionary<string, string> { ["person.age_band"] = "75_84", ["person.eligibility_decided"] = "yes" });
        editor.Profile.ShouldNotBeNull().Answers.Count.ShouldBe(2);
    }

    [Fact]
    public async Task AnswerAsync_SomeoneElseAnsweredTheSameQuestion_KeepsTheirAnswerAndSaysSo()
    {
        using var editor = await OpenAsync();
        using var colleague = await OpenAsync("colleague");
        await colleague.AnswerAsync("person.age_band", "75_84");

        var outcome = await editor.AnswerAsync("person.age_band", "25_64");

        outcome.Saved.ShouldBeFalse();
        outcome.ConflictNotice.ShouldBe("Someone else answered 'How old is the person?' at the same time. Their answer is shown: check it.");
        (await SavedAnswersAsync())["person.age_band"].ShouldBe("75_84");
        editor.Profile.ShouldNotBeNull().Answers["person.age_band"].ShouldBe("75_84");
    }

    [Fact]
    public async Task AnswerAsync_SubmittedProfile_SavesNothingAndSaysWhy()
    {
        using var editor = await OpenAsync();
        await using (var context = Database.CreateContext())
        {
            context.NeedsProfiles.Single(p => p.Id == _profileId).Status = NeedsProfileStatus.Submitted;
            await context.SaveChangesAsync();
        }

        var outcome = await editor.AnswerAsync("person.age_band", "25_64");

        outcome.Saved.ShouldBeFalse();
        outcome.Error.ShouldBe(SaveAnswerResult.NotEditable(0).Message);
    }

    [Fact]
    public async Task LoadAsync_AnotherTeamsPractitioner_IsForbiddenAndLoadsNothing()
    {
        using var editor = Editor(CaseWorkers.Practitioner(DemoAccounts.SouthTeam, "south.practitioner"));

        (await editor.LoadAsync(_profileId)).ShouldBe(CaseAccessDecision.Forbidden);

        editor.Profile.ShouldBeNull();
    }

    [Fact]
    public async Task AnswerAsync_PersonMovedToAnotherTeamAfterLoading_SavesNothingAndSaysWhy()
    {
        using var editor = await OpenAsync();
        await using (var context = Database.CreateContext())
        {
            var personId = context.NeedsProfiles.Single(p => p.Id == _profileId).PersonId;
            context.People.Single(p => p.Id == personId).Team = DemoAccounts.SouthTeam;
            await context.SaveChangesAsync();
        }

        var outcome = await editor.AnswerAsync("person.age_band", "25_64");

        outcome.Saved.ShouldBeFalse();
        outcome.Error.ShouldBe(ProfileCases.OtherTeamMessage);
        (await SavedAnswersAsync()).ShouldBeEmpty();
    }

    private ProfileEditor Editor(ClaimsPrincipal user) =>
        new(new CaseAccess(Database.Contexts), Database.Profiles, DefaultDefinitions.Definition.Questions, user);

    private async Task<ProfileEditor> OpenAsync(string userName = "demo.practitioner")
    {
        var editor = Editor(CaseWorkers.Practitioner(userName: userName));
        (await editor.LoadAsync(_profileId)).ShouldBe(CaseAccessDecision.Allowed);
        return editor;
    }

    private async Task<IReadOnlyDictionary<string, string>> SavedAnswersAsync()
    {
        var stored = await Database.Profiles.FindAsync(_profileId);
        return EngineProfile.From(stored.ShouldNotBeNull()).Answers;
    }
}
