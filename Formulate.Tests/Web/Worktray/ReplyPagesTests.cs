using Formulate.Data.SignOff;
using Formulate.Tests.Web.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Worktray;

/// <summary>A returned budget's comments where the practitioner works, and their reply where the manager looks.</summary>
[Collection(SharedWebAppGroup.Name)]
public sealed class ReplyPagesTests(FormulateWebFactory factory)
{
    private const string Reply = "The second quote is on the case file";

    [Theory]
    [InlineData("")]
    [InlineData("/result")]
    public async Task ProfilePages_ReturnedProfile_ShowTheManagersCommentsWhoAndWhenAndAReplyForm(string page)
    {
        var practitioner = await factory.AddAsync();
        var work = await SubmittedWork.ReturnedAsync(factory.Services, practitioner, "Elen");
        using var session = await SignedInAsync(practitioner);

        var shown = await session.GetPageAsync($"/profiles/{work.ProfileId}{page}");

        shown.Document.QuerySelector("#returned-by")!.TextContent.ShouldBe("Returned by demo.manager on 22 November 2026 at 10:15am");
        shown.Document.QuerySelector("#returned-comments-text")!.TextContent.ShouldBe(SubmittedWork.Comments);
        shown.Document.QuerySelector("#reply-form textarea#Reply").ShouldNotBeNull();
        shown.Document.QuerySelector("label[for=Reply]")!.TextContent.Trim().ShouldBe("Reply to the manager");
    }

    [Fact]
    public async Task PersonPage_ReturnedAndRepliedTo_ShowsTheCommentsTheReplyAndTheHistory()
    {
        var practitioner = await factory.AddAsync();
        var work = await SubmittedWork.ReturnedAsync(factory.Services, practitioner, "Ffraid");
        await ReplyAsync(work, practitioner);
        using var session = await SignedInAsync(practitioner);

        var page = await session.GetPageAsync($"/people/{work.Person.Id}");

        page.Document.QuerySelector("#returned-comments-text")!.TextContent.ShouldBe(SubmittedWork.Comments);
        page.Document.QuerySelector("#reply-text")!.TextContent.ShouldBe(Reply);
        page.Document.QuerySelector($"#reply-by")!.TextContent.ShouldBe($"Replied by {practitioner} on 22 November 2026 at 10:15am");
        page.Document.QuerySelector("#reply-form").ShouldBeNull();
        var history = page.Document.QuerySelectorAll("#sign-off-history .staff-timeline__item").ToList();
        history.Select(item => item.QuerySelector(".staff-timeline__title")!.TextContent).ShouldBe(["Reply to the return", "Returned", "Submitted for sign-off"]);
        history[0].QuerySelector(".staff-timeline__description")!.TextContent.ShouldBe(Reply);
        history[1].QuerySelector(".staff-timeline__description")!.TextContent.ShouldBe(SubmittedWork.Comments);
    }

    [Fact]
    public async Task SubmissionPage_ReturnRepliedTo_ShowsTheManagerTheReplyAfterTheReturn()
    {
        var practitioner = await factory.AddAsync();
        var work = await SubmittedWork.ReturnedAsync(factory.Services, practitioner, "Glenys");
        await ReplyAsync(work, practitioner);
        using var session = factory.NewSession();
        await session.SignInAsync("demo.manager");

        var page = await session.GetPageAsync($"/sign-off/{work.SubmissionId}");

        var items = page.Document.QuerySelectorAll(".staff-timeline__item").ToList();
        items.Select(item => item.QuerySelector(".staff-timeline__title")!.TextContent).ShouldBe(["Reply to the return", "Returned"]);
        items[0].QuerySelector(".staff-timeline__byline")!.TextContent.ShouldBe($"by {practitioner}");
        items[0].QuerySelector(".staff-timeline__description")!.TextContent.ShouldBe(Reply);
    }

    private async Task ReplyAsync(SubmittedWork work, string practitioner)
    {
        var decision = await work.FindReturnAsync(factory.Services);
        (await factory.Services.GetRequiredService<SignOffStore>().ReplyAsync(work.ProfileId, decision.Id, Reply, practitioner)).Errors.ShouldBeEmpty();
    }

    private async Task<WebSession> SignedInAsync(string userName)
    {
        var session = factory.NewSession();
        await session.SignInAsync(userName, TestAccounts.Password);
        return session;
    }
}
