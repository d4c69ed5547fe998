using System.Net;
using Formulate.Data.Profiles;
using Formulate.Data.SelfAssessments;
using Formulate.Tests.Web.Letters.Support;
using Formulate.Tests.Web.Support;
using Formulate.Web.Letters;
using Formulate.Web.Pdf;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Letters;

public sealed class LetterPagesTests(FormulateWebFactory factory) : IClassFixture<FormulateWebFactory>
{
    private async Task<WebSession> PractitionerAsync()
    {
        var session = factory.NewSession();
        await session.SignInAsync(await factory.AddAsync(), TestAccounts.Password);
        return session;
    }

    [Fact]
    public async Task Preview_PersonWithApprovedBudget_ShowsTheLetterAndTheDownloadLink()
    {
        var person = await LetterData.AddPersonAsync(factory.Services, "Petra");
        await LetterData.AddApprovedEstimateAsync(factory.Services, person.Id);
        using var session = await PractitionerAsync();

        var page = await session.GetPageAsync($"/people/{person.Id}/letter");

        page.Heading.ShouldBe("Letter for Petra Letterby");
        page.Document.QuerySelector("a[download]")!.TextContent.ShouldBe("Download the letter (PDF)");
        page.Document.QuerySelector("a[download]")!.GetAttribute("href").ShouldBe($"/people/{person.Id}/letter.pdf");
        page.Document.QuerySelectorAll(".app-letter-preview h3").Select(h => h.TextContent).ShouldBe(LetterHeadings.Sections);
        page.Document.QuerySelector(".app-letter-preview")!.TextContent.ShouldContain("Help with personal care: 7 hours a week, £151.48");
        page.Document.QuerySelector("#newer-estimate").ShouldBeNull();
    }

    [Fact]
    public async Task Preview_ProfileTookAnswersFromASelfAssessment_SaysWhichCameFromThePersonAndWhichWereChanged()
    {
        var person = await LetterData.AddPersonAsync(factory.Services, "Selma");
        var snapshot = await LetterData.AddEstimateAsync(factory.Services, person.Id);
        var store = factory.Services.GetRequiredService<SelfAssessmentStore>();
        var invitation = await store.InviteAsync(person.Id, "2025.1", "test.practitioner");
        var id = (await store.StartAsync(invitation.Code, new StartedSelfAssessment("you", null, null, "selma@example.org"))).SelfAssessmentId!.Value;
        // wc01's estimate used dressing.need "some"; Selma said "prompting", which the practitioner changed.
        await store.SaveAnswersAsync(id, new Dictionary<string, string?> { ["dressing.need"] = "prompting" });
        await store.SubmitAsync(id);
        var profile = (await factory.Services.GetRequiredService<NeedsProfileStore>().FindAsync(snapshot.NeedsProfileId))!;
        (await store.ReviewAsync(id, profile.Id, profile.Version, [new("dressing.need", "some")], [], "test.practitioner")).IsSaved.ShouldBeTrue();
        await LetterData.ApproveAsync(factory.Services, snapshot);
        using var session = await PractitionerAsync();

        var page = await session.GetPageAsync($"/people/{person.Id}/letter");

        var changed = page.Document.QuerySelector("#letter-answers-changed li").ShouldNotBeNull();
        changed.TextContent.ShouldBe("How much help do you need to get dressed? You said: Only reminding, or someone nearby. We used: Some hands-on help.");
    }

    [Fact]
    public async Task Preview_PersonWithOnlyAnEstimate_SaysNoBudgetHasBeenApprovedInsteadOfALetter()
    {
        var person = await LetterData.AddPersonAsync(factory.Services, "Rosa");
        await LetterData.AddEstimateAsync(factory.Services, person.Id);
        using var session = await PractitionerAsync();

        var page = await session.GetPageAsync($"/people/{person.Id}/letter");

        page.Document.QuerySelector(".govuk-warning-text__text")!.TextContent
            .ShouldContain("No budget has been approved for Rosa Letterby yet; a letter can be printed once a manager approves it");
        page.Document.QuerySelector(".app-letter-preview").ShouldBeNull();
        page.Document.QuerySelector("a[download]").ShouldBeNull();
    }

    [Fact]
    public async Task LetterPdf_PersonWithOnlyAnEstimate_RefusesWithTheSameMessage()
    {
        var person = await LetterData.AddPersonAsync(factory.Services, "Sami");
        await LetterData.AddEstimateAsync(factory.Services, person.Id);
        using var session = await PractitionerAsync();

        var response = await session.Client.GetAsync($"/people/{person.Id}/letter.pdf");

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.Content.ReadAsStringAsync()).ShouldBe("No budget has been approved for Sami Letterby yet; a letter can be printed once a manager approves it");
    }

    [Fact]
    public async Task Preview_PersonWithoutAddress_SaysToAddAnAddressInsteadOfALetter()
    {
        var person = await LetterData.AddPersonAsync(factory.Services, "Nadia", withAddress: false);
        await LetterData.AddEstimateAsync(factory.Services, person.Id);
        using var session = await PractitionerAsync();

        var page = await session.GetPageAsync($"/people/{person.Id}/letter");

        page.Document.QuerySelector(".govuk-warning-text__text")!.TextContent.ShouldContain("Add an address for Nadia Letterby before printing a letter");
        page.Document.QuerySelector(".app-letter-preview").ShouldBeNull();
        page.Document.QuerySelector("a[download]").ShouldBeNull();
    }

    [Fact]
    public async Task LetterPdf_PrinterCannotStart_AnswersThatItCouldNotBePrintedInsteadOfAnErrorPage()
    {
        using var broken = new FormulateWebFactory(new Dictionary<string, string?> { ["Formulate:Pdf:ChromiumPath"] = "/nonexistent/chromium" });
        var person = await LetterData.AddPersonAsync(broken.Services, "Pip");
        await LetterData.AddApprovedEstimateAsync(broken.Services, person.Id);
        using var session = broken.NewSession();
        await session.SignInAsync(await broken.AddAsync(), TestAccounts.Password);

        var response = await session.Client.GetAsync($"/people/{person.Id}/letter.pdf");

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await response.Content.ReadAsStringAsync()).ShouldBe(DocumentPrinter.LetterNotPrinted + ".");
    }

    [Fact]
    public async Task LetterPdf_PersonWithoutAddress_AnswersWithTheClearMessage()
    {
        var person = await LetterData.AddPersonAsync(factory.Services, "Omar", withAddress: false);
        await LetterData.AddEstimateAsync(factory.Services, person.Id);
        using var session = await PractitionerAsync();

        var response = await session.Client.GetAsync($"/people/{person.Id}/letter.pdf");

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Add an address for Omar Letterby before printing a letter");
    }

    [Fact]
    public async Task LetterPdf_Auditor_IsRefused()
    {
        var person = await LetterData.AddPersonAsync(factory.Services, "Quinn");
        using var session = factory.NewSession();
        await session.SignInAsync(await factory.AddAsync(Formulate.Data.Entities.Role.Auditor), TestAccounts.Password);

        var response = await session.Client.GetAsync($"/people/{person.Id}/letter.pdf");

        response.StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task MethodPage_SignedIn_ListsTheBlocksAndLinksToThePdf()
    {
        using var session = await PractitionerAsync();

        var page = await session.GetPageAsync("/method");

        page.Heading.ShouldBe("How estimates are worked out");
        page.Document.QuerySelector("a[download]")!.GetAttribute("href").ShouldBe("/method.pdf");
        page.Document.QuerySelectorAll("h3").Select(h => h.TextContent).ShouldContain("Support at night");
        page.Document.Body!.TextContent.ShouldContain("£21.64 an hour");
    }
}
