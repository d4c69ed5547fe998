using Formulate.Data.Audit;
using Formulate.Data.Entities;
using Formulate.Data.Parameters;
using Formulate.Data.Profiles;
using Formulate.Engine;
using Formulate.Engine.Defaults;
using Formulate.Engine.Json;
using Formulate.Engine.Parameters;
using Formulate.Tests.Web.Support;
using Formulate.Web.Profiles;
using Formulate.Web.Reproducibility;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Profiles;

/// <summary>
/// A council on the care-as-planned model: new profiles use question set 2026.1, a draft started on 2025.1 opens as it
/// was and can be moved once the practitioner has seen what carries over, and a profile already agreed stays as it was.
/// </summary>
public sealed class CareAsPlannedInstallationTests(CareAsPlannedWebApp app) : IClassFixture<CareAsPlannedWebApp>
{
    private static readonly DateOnly AssessedOn = new(2026, 11, 22);

    private static readonly Dictionary<string, string> OldAnswers = new()
    {
        ["person.living_situation"] = "own_home_alone",
        ["person.has_unpaid_carer"] = "no",
        ["hygiene.need"] = "some",
        ["hygiene.met_by_strengths"] = "none",
    };

    private FormulateWebFactory Factory => app.Factory;

    private NeedsProfileStore Store => Factory.Services.GetRequiredService<NeedsProfileStore>();

    [Fact]
    public async Task Start_ModelSettingIsCareAsPlanned_PublishesItAndNewProfilesUseQuestionSet2026()
    {
        using var session = Factory.NewSession();
        await session.SignInAsync("demo.practitioner");
        var registry = Factory.Services.GetRequiredService<EngineRegistry>();

        var published = await Factory.Services.GetRequiredService<ParameterVersionStore>().ListPublishedAsync();

        published.Single(v => v.Kind == ParameterSetKind.Model).Stamp.ShouldBe(CareAsPlannedWebApp.Model);
        published.Single(v => v.Kind == ParameterSetKind.Configuration).Stamp.ShouldBe("demo-council@2026.1");
        registry.QuestionsInForceOn(AssessedOn).Version.ShouldBe("2026.1");
        registry.InForceOn(AssessedOn).Definition.Stamp.Model.ShouldBe(CareAsPlannedWebApp.Model);
    }

    [Fact]
    public async Task SectionPage_DraftOnTheOldSet_AsksItsOwnQuestionsWithItsAnswers()
    {
        var draft = await OldDraftAsync();
        using var session = Factory.NewSession();
        await session.SignInAsync("demo.practitioner");

        var page = await session.GetPageAsync($"/profiles/{draft.Id}/sections/personal-care");

        var main = page.Document.QuerySelector("main").ShouldNotBeNull();
        // Asked by 2025.1 only: the care-as-planned questions no longer ask what the person meets themselves.
        main.QuerySelectorAll("input[name='hygiene.met_by_strengths']").ShouldNotBeEmpty();
        main.QuerySelector("input[name='hygiene.need'][value='some']").ShouldNotBeNull().HasAttribute("checked").ShouldBeTrue();
    }

    [Fact]
    public async Task ProfileTasks_DraftOnTheOldSet_OffersTheMoveToTheNewQuestions()
    {
        var draft = await OldDraftAsync();
        using var session = Factory.NewSession();
        await session.SignInAsync("demo.practitioner");

        var page = await session.GetPageAsync($"/profiles/{draft.Id}");

        var offer = page.Document.GetElementById("upgrade-offer").ShouldNotBeNull();
        offer.TextContent.ShouldContain("This profile uses question set 2025.1. Assessments on its date now use question set 2026.1.");
        offer.QuerySelector("a")!.GetAttribute("href").ShouldBe($"/profiles/{draft.Id}/new-questions");
    }

    [Fact]
    public async Task UpgradePage_DraftOnTheOldSet_ListsTheAnswersKeptAndRemovedAndTheNewQuestions()
    {
        var draft = await OldDraftAsync();
        using var session = Factory.NewSession();
        await session.SignInAsync("demo.practitioner");

        var page = await session.GetPageAsync($"/profiles/{draft.Id}/new-questions");

        page.Heading.ShouldBe("Move to the new questions");
        Rows(page, "kept-answers").ShouldBe(
        [
            ("Where does the person live?", "In their own home, alone"),
            ("Does anyone give the person unpaid help, such as family, friends or neighbours?", "No"),
            ("How much help does the person need to wash and keep clean?", "Some hands-on help"),
        ], ignoreOrder: true);
        Rows(page, "dropped-answers").ShouldBe([("How much of this need does the person meet themselves, with their own skills or equipment?", "None of it")]);
        page.Document.QuerySelectorAll("#to-answer li").Select(li => li.TextContent.Trim()).ShouldContain("How will the support at home be arranged?");
        page.Document.QuerySelector("#confirm-upgrade input[name=ProfileVersion]")!.GetAttribute("value").ShouldBe(draft.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task UpgradePage_Confirmed_MovesTheDraftWithTheAnswersThatStillApplyAndAuditsIt()
    {
        var draft = await OldDraftAsync();
        using var session = Factory.NewSession();
        await session.SignInAsync("demo.practitioner");
        var page = await session.GetPageAsync($"/profiles/{draft.Id}/new-questions");

        var response = await session.SubmitAsync(page, "#confirm-upgrade");

        response.LocalTarget().ShouldBe($"/profiles/{draft.Id}?moved=true");
        var stored = (await Store.FindAsync(draft.Id)).ShouldNotBeNull();
        stored.QuestionSetVersion.ShouldBe("2026.1");
        FormulateJson.Deserialize<Dictionary<string, string>>(stored.AnswersJson).ShouldBe(new Dictionary<string, string>
        {
            ["person.living_situation"] = "own_home_alone",
            ["person.has_unpaid_carer"] = "no",
            ["hygiene.need"] = "some",
        }, ignoreOrder: true);
        var audit = await Factory.Services.GetRequiredService<AuditLog>().SearchAsync(new AuditQuery { Action = "Needs Profile moved from question set 2025.1 to 2026.1" });
        audit.ShouldContain(row => row.Entry.UserName == "demo.practitioner" && string.Equals(row.Entry.EntityId, draft.Id.ToString(), StringComparison.OrdinalIgnoreCase));
        var tasks = await session.GetPageAsync($"/profiles/{draft.Id}?moved=true");
        tasks.Document.GetElementById("moved-banner").ShouldNotBeNull().TextContent.ShouldContain("This Needs Profile now uses question set 2026.1.");
        tasks.Document.GetElementById("upgrade-offer").ShouldBeNull();
        var section = await session.GetPageAsync($"/profiles/{draft.Id}/sections/personal-care");
        section.Document.QuerySelectorAll("input[name='hygiene.met_by_strengths']").ShouldBeEmpty();
    }

    [Fact]
    public async Task UpgradePage_SomeoneChangedTheDraftAfterItWasShown_MovesNothingAndShowsTheirChange()
    {
        var draft = await OldDraftAsync();
        using var session = Factory.NewSession();
        await session.SignInAsync("demo.practitioner");
        var page = await session.GetPageAsync($"/profiles/{draft.Id}/new-questions");
        (await Store.SaveAnswerAsync(draft.Id, "hygiene.need", "most", draft.Version, "demo.practitioner2")).IsSaved.ShouldBeTrue();

        var response = await session.SubmitAsync(page, "#confirm-upgrade");

        var shown = await HtmlPage.ReadAsync(response, page.Url);
        shown.ErrorSummary.ShouldBe([DraftUpgrades.ChangedMeanwhileMessage]);
        Rows(shown, "kept-answers").ShouldContain(("How much help does the person need to wash and keep clean?", "A lot of hands-on help"));
        shown.Document.QuerySelector("#confirm-upgrade input[name=ProfileVersion]")!.GetAttribute("value")
            .ShouldBe((draft.Version + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var stored = (await Store.FindAsync(draft.Id))!;
        stored.QuestionSetVersion.ShouldBe("2025.1");
        FormulateJson.Deserialize<Dictionary<string, string>>(stored.AnswersJson)!["hygiene.met_by_strengths"].ShouldBe("none");
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-version")]
    public async Task UpgradePage_VersionNotSentAsShown_SaysWhatToDoAndMovesNothing(string version)
    {
        var draft = await OldDraftAsync();
        using var session = Factory.NewSession();
        await session.SignInAsync("demo.practitioner");
        var page = await session.GetPageAsync($"/profiles/{draft.Id}/new-questions");

        var response = await session.SubmitAsync(page, "#confirm-upgrade", new Dictionary<string, string> { ["ProfileVersion"] = version });

        (await HtmlPage.ReadAsync(response, page.Url)).ErrorSummary.ShouldBe([DraftUpgrades.NotSentAsShownMessage]);
        (await Store.FindAsync(draft.Id))!.QuestionSetVersion.ShouldBe("2025.1");
    }

    [Fact]
    public async Task ApprovedProfileOnTheOldSet_OpensReadsAndReRunsAsItWasAndIsNeverMoved()
    {
        var firstModel = new FormulateEngine(DefaultDefinitions.Definition);
        var snapshot = await EstimatedWebProfiles.CreateAsync(Factory.Services, firstModel);
        await EstimatedWebProfiles.ApproveAsync(Factory.Services, await EstimatedWebProfiles.SubmitAsync(Factory.Services, snapshot));
        using var session = Factory.NewSession();
        await session.SignInAsync("demo.practitioner");

        var section = await session.GetPageAsync($"/profiles/{snapshot.NeedsProfileId}/sections/personal-care");
        var tasks = await session.GetPageAsync($"/profiles/{snapshot.NeedsProfileId}");
        var upgrade = await session.GetPageAsync($"/profiles/{snapshot.NeedsProfileId}/new-questions");
        var rerun = Factory.Services.GetRequiredService<ReproducibilityCheck>().Run(snapshot);

        section.Document.QuerySelectorAll("#section-answers dt").Select(dt => dt.TextContent.Trim())
            .ShouldContain("How much of this need does the person meet themselves, with their own skills or equipment?");
        tasks.Document.GetElementById("upgrade-offer").ShouldBeNull();
        upgrade.Document.GetElementById("not-moved").ShouldNotBeNull().TextContent
            .ShouldBe("This Needs Profile was approved, so it stays on the questions it was answered on (question set 2025.1). Only a profile that has not been submitted can move to new questions.");
        upgrade.Document.GetElementById("confirm-upgrade").ShouldBeNull();
        rerun.Verdict.ShouldBe(ReproducibilityVerdict.Identical);
        snapshot.QuestionSetVersion.ShouldBe("formulate-needs-profile@2025.1");
        (await Store.FindAsync(snapshot.NeedsProfileId))!.QuestionSetVersion.ShouldBe("2025.1");
    }

    private async Task<NeedsProfile> OldDraftAsync()
    {
        var personId = await DemoRecords.PersonIdAsync(Factory.Services, "DEMO-0001");
        var created = await Store.CreateAsync(personId, AssessedOn, "2025.1", "demo.practitioner");
        (await Store.SaveAnswersAsync(created.Id, OldAnswers.ToDictionary(a => a.Key, a => (string?)a.Value), created.Version, "demo.practitioner")).IsSaved.ShouldBeTrue();
        return (await Store.FindAsync(created.Id))!;
    }

    private static IReadOnlyList<(string Key, string Value)> Rows(HtmlPage page, string listId) =>
    [
        .. page.Document.QuerySelectorAll($"#{listId} .staff-summary-list__row")
            .Select(row => (row.QuerySelector("dt")!.TextContent.Trim(), row.QuerySelector(".staff-summary-list__value")!.TextContent.Trim())),
    ];
}
