using Formulate.Data;
using Formulate.Data.Seeding;
using Formulate.Tests.Browser.Support;
using Formulate.Tests.Web.Letters.Support;
using Formulate.Web.Letters;
using Formulate.Web.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Formulate.Tests.Web.Support;

namespace Formulate.Tests.Browser;

[Collection(BrowserTestGroup.Name)]
public sealed class LetterBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task LetterPreview_PersonWithApprovedBudget_IsAccessibleAndDownloadsThePdf()
    {
        var person = (await fixture.App.Services.GetRequiredService<PeopleService>().ListCaseloadAsync(CaseWorkers.Practitioner()))[0];
        await LetterData.AddApprovedEstimateAsync(fixture.App.Services, person.PersonId, "wc02");
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.practitioner");

        await Pages.OpenAsync(page, $"/people/{person.PersonId}/letter");

        await page.GetByRole(AriaRole.Heading, new() { Name = $"Letter for {person.Name}", Level = 1 }).WaitForAsync();
        (await page.Locator(".app-letter-preview").InnerTextAsync()).ShouldContain("£703.56 a week");
        await Pages.ScreenshotAsync(page, "letter");
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Download the letter (PDF)" }).ClickAsync());
        download.SuggestedFilename.ShouldBe($"{person.CaseReference} {person.Name}.pdf");
    }

    [Fact]
    public async Task BatchLetters_PersonMovedTeamWhileThePageWasOpen_LeavesOutOnlyTheirLetterAndSaysWhy()
    {
        var services = fixture.App.Services;
        var staying = await LetterData.AddPersonAsync(services, "Kit");
        await LetterData.AddApprovedEstimateAsync(services, staying.Id);
        var moving = await LetterData.AddPersonAsync(services, "Lou");
        await LetterData.AddApprovedEstimateAsync(services, moving.Id);
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.practitioner");
        await Pages.OpenAsync(page, "/letters");
        await page.GetByLabel($"Lou Letterby ({moving.CaseReference})").WaitForAsync();

        foreach (var chosen in new[] { staying.Id, moving.Id })
        {
            await Keyboard.TabToAsync(page, f => f.Type == "checkbox" && f.Value == chosen.ToString(), limit: 500);
            await page.Keyboard.PressAsync("Space");
        }

        await using (var context = await services.GetRequiredService<IDbContextFactory<FormulateDbContext>>().CreateDbContextAsync())
        {
            (await context.People.SingleAsync(p => p.Id == moving.Id)).Team = DemoAccounts.SouthTeam;
            await context.SaveChangesAsync();
        }

        await Keyboard.TabToButtonAsync(page, "Produce letters");
        await page.Keyboard.PressAsync("Enter");

        await page.Locator("#batch-progress[data-finished=true]").WaitForAsync(new() { Timeout = 120_000 });
        var banner = await page.Locator("#batch-outcome").InnerTextAsync();
        banner.ShouldContain("1 letter ready");
        banner.ShouldContain("1 person was left out");
        var skipped = await page.Locator("#skipped").InnerTextAsync();
        skipped.ShouldContain($"Lou Letterby\t{moving.CaseReference}\t{LetterBatchRunner.NotInYourTeams}");
        skipped.ShouldNotContain("Kit Letterby");
        (await page.GetByLabel($"Lou Letterby ({moving.CaseReference})").CountAsync()).ShouldBe(0);
        (await page.GetByLabel($"Kit Letterby ({staying.CaseReference})").IsCheckedAsync()).ShouldBeTrue();
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
    }

    [Fact]
    public async Task LetterPreview_AgreedDiffersFromTheEstimate_LinesAddUpToTheAgreedAmountWithoutTheNoteAndWithThePayingParagraph()
    {
        var services = fixture.App.Services;
        var person = await LetterData.AddPersonAsync(services, "Mae");
        // wc11's estimate is £174.06; £195.00 agreed is £20.94 more.
        var snapshot = await LetterData.AddEstimateAsync(services, person.Id, "wc11");
        await LetterData.ApproveAsync(services, snapshot, 195.00m, "Specialist provider", "Internal: agency quote attached, chase the contracts team");
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.practitioner");

        await Pages.OpenAsync(page, $"/people/{person.Id}/letter");

        await page.GetByRole(AriaRole.Heading, new() { Name = "Letter for Mae Letterby", Level = 1 }).WaitForAsync();
        var preview = page.Locator(".app-letter-preview");
        (await preview.InnerTextAsync()).ShouldContain("We have agreed a budget of £195.00 a week with you.");
        var lines = await preview.Locator("#letter-lines li").AllInnerTextsAsync();
        lines.ShouldContain("Agreed change to the estimate: +£20.94 a week");
        lines.Sum(PdfAmounts.LineAmount).ShouldBe(195.00m);
        (await preview.Locator("#letter-total").InnerTextAsync()).ShouldBe("Together this comes to £195.00 a week.");
        (await preview.Locator("#letter-reason").InnerTextAsync()).ShouldBe("You need support from a specialist care provider, and this costs more.");
        (await preview.InnerTextAsync()).ShouldNotContain("agency quote");
        (await preview.Locator("#letter-financial-assessment").InnerTextAsync()).ShouldContain("This is called a financial assessment.");
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
    }

    [Fact]
    public async Task LetterPreview_ReassessmentAwaitingSignOff_ShowsTheNoticeAndKeepsTheApprovedAmount()
    {
        var services = fixture.App.Services;
        var person = await LetterData.AddPersonAsync(services, "Nell");
        var agreedFrom = await LetterData.AddEstimateAsync(services, person.Id, "wc11");
        await LetterData.ApproveAsync(services, agreedFrom, 195.00m, "Market supplement");
        var approvedOn = Formulate.Data.Time.UkTime.Today(services.GetRequiredService<TimeProvider>());
        var reassessment = await LetterData.AddEstimateAsync(services, person.Id, "wc13");
        await LetterData.SubmitAsync(services, reassessment);
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.practitioner");

        await Pages.OpenAsync(page, $"/people/{person.Id}/letter");

        // wc13's estimate is £170.14.
        var notice = page.Locator("#newer-estimate");
        (await notice.InnerTextAsync()).ShouldContain(
            $"A newer estimate of £170.14 is awaiting sign-off; this letter explains the budget approved on {approvedOn.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}.");
        var preview = await page.Locator(".app-letter-preview").InnerTextAsync();
        preview.ShouldContain("We have agreed a budget of £195.00 a week with you.");
        preview.ShouldContain("Care in your area costs more than our usual rate, so we have added to the amount.");
        preview.ShouldNotContain("£170.14");
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
    }

    [Fact]
    public async Task MethodPage_SignedIn_IsAccessible()
    {
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.auditor");

        await Pages.OpenAsync(page, "/method");

        await page.GetByRole(AriaRole.Heading, new() { Name = "How estimates are worked out", Level = 1 }).WaitForAsync();
        (await page.Locator("table").CountAsync()).ShouldBe(2);
    }

    [Fact]
    public async Task BatchLetters_EveryoneWithAnApprovedBudget_ShowsProgressSkipsAndOffersTheZip()
    {
        var services = fixture.App.Services;
        var withAddress = await LetterData.AddPersonAsync(services, "Bea");
        await LetterData.AddApprovedEstimateAsync(services, withAddress.Id);
        var withoutAddress = await LetterData.AddPersonAsync(services, "Cal", withAddress: false);
        await LetterData.AddApprovedEstimateAsync(services, withoutAddress.Id);
        var onlyEstimated = await LetterData.AddPersonAsync(services, "Cy");
        await LetterData.AddEstimateAsync(services, onlyEstimated.Id);
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.practitioner");
        await Pages.OpenAsync(page, "/letters");

        await page.GetByRole(AriaRole.Button, new() { Name = "Select everyone with an approved budget" }).ClickAsync();
        // The selection is made on the server: wait for it to reach the page rather than read the box at once.
        await page.Locator($"input[type=checkbox][value='{withAddress.Id}']:checked").WaitForAsync();
        (await page.Locator($"input[type=checkbox][value='{onlyEstimated.Id}']").IsCheckedAsync()).ShouldBeFalse();
        await page.GetByRole(AriaRole.Button, new() { Name = "Produce letters" }).ClickAsync();

        await page.Locator("#batch-progress[data-finished=true]").WaitForAsync(new() { Timeout = 120_000 });
        (await page.Locator("#skipped").InnerTextAsync()).ShouldContain("Add an address for Cal Letterby before printing a letter");
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
        await Pages.ScreenshotAsync(page, "batch-letters");
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Download the letters (ZIP)" }).ClickAsync());
        download.SuggestedFilename.ShouldEndWith(".zip");
    }

    [Fact]
    public async Task BatchLetters_NobodySelected_MovesFocusToTheErrorSummary()
    {
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.practitioner");
        await Pages.OpenAsync(page, "/letters");

        await page.GetByRole(AriaRole.Button, new() { Name = "Produce letters" }).ClickAsync();

        await page.Locator(".staff-error-summary").GetByText("Select at least one person to write to").WaitForAsync();
        await page.WaitForFunctionAsync("() => document.activeElement?.classList.contains('staff-error-summary')");
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
    }

    [Fact]
    public async Task BatchLetters_NobodyChosenCanGetALetter_SaysNoLettersWereProduced()
    {
        var services = fixture.App.Services;
        var withoutAddress = await LetterData.AddPersonAsync(services, "Dev", withAddress: false);
        await LetterData.AddApprovedEstimateAsync(services, withoutAddress.Id);
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.practitioner");
        await Pages.OpenAsync(page, "/letters");

        await page.GetByLabel($"Dev Letterby ({withoutAddress.CaseReference})").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Produce letters" }).ClickAsync();

        await page.Locator("#batch-progress[data-finished=true]").WaitForAsync(new() { Timeout = 120_000 });
        (await page.Locator("#batch-outcome.mud-alert-outlined-success").CountAsync()).ShouldBe(0);
        (await page.Locator("#batch-outcome").InnerTextAsync()).ShouldContain("No letters were produced");
        (await page.Locator("#skipped").InnerTextAsync()).ShouldContain("Add an address for Dev Letterby before printing a letter");
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
    }
}
