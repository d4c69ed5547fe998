using Formulate.Data.Profiles;
using Formulate.Data.Seeding;
using Formulate.Engine;
using Formulate.Tests.Browser.Support;
using Formulate.Tests.Engine;
using Formulate.Web.People;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Formulate.Tests.Web.Support;

namespace Formulate.Tests.Browser;

[Collection(SecondBrowserTestGroup.Name)]
public sealed class ResultPageBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task FlagEstimate_NoReason_ShowsTheErrorSummaryWithFocusOnIt()
    {
        var (profileId, _) = await EstimatedProfiles.CreateAsync(fixture.App);
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.practitioner");
        await Pages.OpenAsync(page, $"/profiles/{profileId}/result");
        await page.GetByText("Flag this estimate as inaccurate").ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Flag as inaccurate" }).ClickAsync();

        var summary = page.Locator(".staff-error-summary");
        await summary.GetByRole(AriaRole.Link, new() { Name = "Enter why the estimate was inaccurate" }).WaitForAsync();
        (await summary.Locator("a").GetAttributeAsync("href")).ShouldBe("#flag-reason");
        await page.WaitForFunctionAsync("() => document.activeElement?.classList.contains('staff-error-summary')");
        (await page.TitleAsync()).ShouldStartWith("Error: ");
        await Axe.AssertAccessibleAtBothWidthsAsync(page);

        await summary.GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForFunctionAsync("() => document.activeElement?.id === 'flag-reason'");
    }

    [Fact]
    public async Task Calculate_FromTheKeyboard_MovesFocusToTheEstimate()
    {
        var answers = new ProfileBuilder()
            .With("person.living_situation", "own_home_alone").With("person.has_unpaid_carer", "no")
            .Need("hygiene", "some").Need("dressing", "prompting").Need("nutrition", "some")
            .Build().Answers;
        var profileId = await TestProfiles.CreateAsync(fixture.App, answers);
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.practitioner");
        await Pages.OpenAsync(page, $"/profiles/{profileId}/result");
        await Keyboard.TabToButtonAsync(page, "Calculate the estimate");

        await page.Keyboard.PressAsync("Enter");

        await page.Locator("#weekly-estimate").WaitForAsync();
        await page.WaitForFunctionAsync("() => document.activeElement?.id === 'weekly-estimate'");
        await Keyboard.TabToButtonAsync(page, "Calculate the estimate again");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => document.activeElement?.id === 'weekly-estimate'");
        (await FocusOutlineAsync(page)).ShouldBe("rgb(11, 12, 12) solid 3px");
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
    }

    [Fact]
    public async Task Calculate_ChecklistPrediction_ShowsEachDomainsDescriptorAccessibly()
    {
        var answers = new ProfileBuilder()
            .With("person.living_situation", "own_home_alone").With("person.has_unpaid_carer", "no")
            .Need("hygiene", "some").Need("nutrition", "some")
            .With("health.tasks", "yes").With("health.any_needs", "yes").With("health.breathing", "managed")
            .With("health.breathing_device", "tracheostomy").With("mobility.falls", "occasional")
            .Build().Answers;
        var profileId = await TestProfiles.CreateAsync(fixture.App, answers);
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.practitioner");
        await Pages.OpenAsync(page, $"/profiles/{profileId}/result");

        await page.GetByRole(AriaRole.Button, new() { Name = "Calculate the estimate" }).ClickAsync();

        var breathing = page.Locator("#chc-domains tbody tr").First;
        await breathing.WaitForAsync();
        (await breathing.Locator(".chc-descriptor").GetAttributeAsync("data-descriptor-id")).ShouldBe("chc.breathing.a.tracheostomy");
        (await breathing.Locator(".chc-descriptor").InnerTextAsync()).ShouldStartWith("A — Is able to breathe independently through a tracheostomy");
        (await breathing.Locator(".chc-unanswered").InnerTextAsync()).ShouldContain("How does the person's breathlessness respond to treatment");
        (await page.Locator("#chc-domains tbody tr").Nth(4).Locator(".chc-descriptor").InnerTextAsync())
            .ShouldBe("B — At moderate risk of falls (as evidenced in a falls history or risk assessment).");
        (await page.Locator(".staff-warning-text").AllInnerTextsAsync()).ShouldContain(text => text.Contains("Complete the full NHS Continuing Healthcare Checklist", StringComparison.Ordinal));
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
    }

    [Fact]
    public async Task FlagEstimate_WithAReason_MovesFocusToTheConfirmation()
    {
        var (profileId, _) = await EstimatedProfiles.CreateAsync(fixture.App);
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.practitioner");
        await Pages.OpenAsync(page, $"/profiles/{profileId}/result");
        await page.GetByText("Flag this estimate as inaccurate").ClickAsync();
        await page.Locator("#flag-reason").FillAsync("The night-time support is not counted");
        await Keyboard.TabToButtonAsync(page, "Flag as inaccurate");

        await page.Keyboard.PressAsync("Enter");

        await page.Locator("#flag-saved").WaitForAsync();
        await page.WaitForFunctionAsync("() => document.activeElement?.id === 'flag-saved'");
        (await FocusOutlineAsync(page)).ShouldBe("rgb(11, 12, 12) solid 3px");
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
    }

    [Fact]
    public async Task CheckReproducibility_Verdict_IsWrittenIntoALiveRegionThatWasAlreadyOnThePage()
    {
        var (profileId, _) = await EstimatedProfiles.CreateAsync(fixture.App);
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.practitioner");
        await Pages.OpenAsync(page, $"/profiles/{profileId}/result");
        var region = page.Locator("#reproducibility-status[role=status]");
        (await region.CountAsync()).ShouldBe(1);

        await page.GetByRole(AriaRole.Button, new() { Name = "Check reproducibility" }).ClickAsync();

        await region.GetByText("Reproduced:").WaitForAsync();
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
    }

    [Fact]
    public async Task Open_EstimateCannotBeCalculated_MovesFocusToTheErrorSummary()
    {
        // Before any of the model's values were in force, so every answer is given and yet nothing can be estimated.
        var person = (await fixture.App.Services.GetRequiredService<PeopleService>().ListCaseloadAsync(CaseWorkers.Practitioner()))[0];
        var store = fixture.App.Services.GetRequiredService<NeedsProfileStore>();
        var version = fixture.App.Services.GetRequiredService<FormulateEngine>().Definition.Questions.Version;
        var profile = await store.CreateAsync(person.PersonId, new DateOnly(2001, 1, 1), version, "demo.practitioner");
        var answers = new ProfileBuilder().Build().Answers.ToDictionary(pair => pair.Key, pair => (string?)pair.Value);
        (await store.SaveAnswersAsync(profile.Id, answers, profile.Version, "demo.practitioner")).IsSaved.ShouldBeTrue();
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.practitioner");

        await Pages.OpenAsync(page, $"/profiles/{profile.Id}/result");

        await page.Locator(".staff-error-summary").GetByText("The estimate cannot be calculated until these are put right.").WaitForAsync();
        await page.WaitForFunctionAsync("() => document.activeElement?.classList.contains('staff-error-summary')");
        (await page.TitleAsync()).ShouldStartWith("Error: ");
    }

    /// <summary>The outline of the focused element: the staff screens' black focus ring (on its yellow halo), not the browser's own.</summary>
    private static Task<string> FocusOutlineAsync(IPage page) =>
        page.EvaluateAsync<string>("() => { const style = getComputedStyle(document.activeElement); return `${style.outlineColor} ${style.outlineStyle} ${style.outlineWidth}`; }");
}
