using Formulate.Data.Estimates;
using Formulate.Data.Profiles;
using Formulate.Data.SignOff;
using Formulate.Data.Seeding;
using Formulate.Engine;
using Formulate.Tests.Web.Letters.Support;
using Formulate.Tests.Web.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Worktray;

[Collection(SharedWebAppGroup.Name)]
public sealed class WorktrayPageTests(FormulateWebFactory factory)
{
    [Fact]
    public async Task Worktray_ReturnedSubmission_ListsItWithTheManagersCommentsAndCountsItInTheNavigation()
    {
        var practitioner = await factory.AddAsync();
        var work = await SubmittedWork.ReturnedAsync(factory.Services, practitioner, "Rhoswen");
        using var session = await SignedInAsync(practitioner);

        var page = await session.GetPageAsync("/worktray");

        var row = page.Document.QuerySelectorAll("#returned tbody tr").ShouldHaveSingleItem();
        row.QuerySelector("a")!.GetAttribute("href").ShouldBe($"/profiles/{work.ProfileId}");
        row.QuerySelector("a")!.TextContent.ShouldStartWith("Rhoswen Letterby");
        row.QuerySelectorAll("td")[1].TextContent.ShouldBe("22 November 2026 at 10:15am by demo.manager");
        row.QuerySelectorAll("td")[2].TextContent.ShouldBe(SubmittedWork.Comments);
        row.QuerySelectorAll("td")[3].TextContent.ShouldBe("Not yet replied");
        page.Document.QuerySelector("#returned-heading")!.TextContent.ShouldBe("Returned to you (1)");
        page.Document.QuerySelector("#worktray-link")!.TextContent.Trim().ShouldBe("Worktray (1 returned)");
    }

    [Fact]
    public async Task Worktray_DraftAndSubmissionAwaitingSignOff_ListedUnderTheirOwnHeadingsLinkingToTheProfile()
    {
        var practitioner = await factory.AddAsync();
        var awaiting = await SubmittedWork.SubmitAsync(factory.Services, practitioner, "Ffion");
        var person = await LetterData.AddPersonAsync(factory.Services, "Gwenllian");
        var draft = await factory.Services.GetRequiredService<NeedsProfileStore>()
            .CreateAsync(person.Id, new DateOnly(2026, 11, 22), factory.Services.GetRequiredService<FormulateEngine>().Definition.Questions.Version, practitioner);
        using var session = await SignedInAsync(practitioner);

        var page = await session.GetPageAsync("/worktray");

        page.Document.QuerySelectorAll("#drafts tbody tr a").Select(a => a.GetAttribute("href")).ShouldBe([$"/profiles/{draft.Id}"]);
        page.Document.QuerySelectorAll("#awaiting tbody tr a").Select(a => a.GetAttribute("href")).ShouldBe([$"/profiles/{awaiting.ProfileId}"]);
        page.Document.QuerySelector("#returned-empty").ShouldNotBeNull();
        page.Document.QuerySelector("#worktray-link")!.TextContent.Trim().ShouldBe("Worktray");
    }

    [Fact]
    public async Task Worktray_NothingToDo_EachListSaysWhatToDo()
    {
        using var session = await SignedInAsync(await factory.AddAsync());

        var page = await session.GetPageAsync("/worktray");

        page.Document.QuerySelector("#returned-empty")!.TextContent.ShouldBe(
            "No budget you submitted has been returned. When a manager returns one, it appears here with their comments.");
        page.Document.QuerySelector("#drafts-empty")!.TextContent.ShouldBe(
            "You have no Needs Profile in progress. Start one from a person's page on your caseload.");
        page.Document.QuerySelector("#drafts-empty a")!.GetAttribute("href").ShouldBe("/caseload");
        page.Document.QuerySelector("#awaiting-empty")!.TextContent.ShouldBe(
            "Nothing you submitted is waiting for a manager. Submit a budget from a Needs Profile's estimate.");
        page.Document.QuerySelectorAll("table").ShouldBeEmpty();
    }

    [Fact]
    public async Task Worktray_AnotherTeamsPeopleAndColleaguesWork_AreNeverShown()
    {
        var north = await factory.AddAsync();
        var colleague = await factory.AddAsync();
        var south = await factory.AddAsync(team: DemoAccounts.SouthTeam);
        var own = await SubmittedWork.ReturnedAsync(factory.Services, north, "Angharad");
        // Their own work, but the person is now in a team they do not work in.
        var moved = await SubmittedWork.ReturnedAsync(factory.Services, north, "Bethan", team: DemoAccounts.SouthTeam);
        var colleagues = await SubmittedWork.ReturnedAsync(factory.Services, colleague, "Carys");
        using var northSession = await SignedInAsync(north);
        using var southSession = await SignedInAsync(south);

        var northPage = await northSession.GetPageAsync("/worktray");
        var southPage = await southSession.GetPageAsync("/worktray");

        northPage.Document.QuerySelectorAll("#returned tbody a").Select(a => a.GetAttribute("href")).ShouldBe([$"/profiles/{own.ProfileId}"]);
        northPage.Document.QuerySelector("#worktray-link")!.TextContent.Trim().ShouldBe("Worktray (1 returned)");
        var southText = southPage.Document.QuerySelector("main")!.TextContent;
        foreach (var work in new[] { own, moved, colleagues })
        {
            southText.ShouldNotContain(work.Person.GivenName);
        }

        southPage.Document.QuerySelector("#returned-empty").ShouldNotBeNull();
        southPage.Document.QuerySelector("#worktray-link")!.TextContent.Trim().ShouldBe("Worktray");
    }

    [Fact]
    public async Task Worktray_ResubmittedAfterAReturn_MovesFromReturnedToAwaiting()
    {
        var practitioner = await factory.AddAsync();
        var work = await SubmittedWork.ReturnedAsync(factory.Services, practitioner, "Dilys");
        var snapshot = (await factory.Services.GetRequiredService<EstimateSnapshotStore>().ListForProfileAsync(work.ProfileId))[0];
        (await factory.Services.GetRequiredService<SignOffStore>().SubmitAsync(
            new NewSubmission { NeedsProfileId = work.ProfileId, EstimateSnapshotId = snapshot.Id, ProposedWeekly = snapshot.WeeklyEstimate }, practitioner))
            .Errors.ShouldBeEmpty();
        using var session = await SignedInAsync(practitioner);

        var page = await session.GetPageAsync("/worktray");

        page.Document.QuerySelector("#returned-empty").ShouldNotBeNull();
        page.Document.QuerySelectorAll("#awaiting tbody a").Select(a => a.GetAttribute("href")).ShouldBe([$"/profiles/{work.ProfileId}"]);
    }

    private async Task<WebSession> SignedInAsync(string userName)
    {
        var session = factory.NewSession();
        await session.SignInAsync(userName, TestAccounts.Password);
        return session;
    }
}
