using Formulate.Data.Seeding;
using System.Globalization;
using Formulate.Data.Entities;
using Formulate.Data.Estimates;
using Formulate.Data.Profiles;
using Formulate.Data.SignOff;
using Formulate.Engine;
using Formulate.Tests.Browser.Support;
using Formulate.Tests.Engine;
using Formulate.Web.People;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Formulate.Tests.Web.Support;

namespace Formulate.Tests.Browser;

[Collection(SecondBrowserTestGroup.Name)]
public sealed class ConfigurationBrowserTests(BrowserFixture fixture)
{
    // Future-dated, so that the other browser tests, assessed on 22 November 2026, keep the shipped rates.
    private static readonly DateOnly NextApril = new(2027, 4, 1);

    [Fact]
    public async Task Configuration_RateEditedPreviewedAndPublished_NewEstimateUsesItAndOldOneStillReproduces()
    {
        var (oldProfileId, _) = await EstimatedProfiles.CreateAsync(fixture.App);
        await AgreeBudgetAsync(oldProfileId);
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.config");

        await page.GotoAsync("/configuration");
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
        await Pages.ScreenshotAsync(page, "configuration");
        await page.GetByRole(AriaRole.Link, new() { Name = "Rates and decisions, with benchmarks and warnings" }).ClickAsync();
        await page.Locator("#rate-rate-home_care").WaitForAsync();
        await Pages.ReadyAsync(page);
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
        await Pages.ScreenshotAsync(page, "configuration-rates");

        // The keyboard alone opens a row's details, with its warnings and its benchmark chart and table.
        await Keyboard.TabToAsync(page, f => f.Tag == "button" && f.Text.Contains("details of Homecare, per hour", StringComparison.Ordinal));
        await page.Keyboard.PressAsync("Enter");
        var homeCare = page.Locator("#rate-rate-home_care-details");
        await homeCare.Locator(".app-benchmark svg").WaitForAsync();
        (await page.Locator("#details-rate-rate-home_care").GetAttributeAsync("aria-expanded")).ShouldBe("true");
        (await homeCare.Locator(".app-benchmark__table").InnerTextAsync()).ShouldContain("Similar councils' average");
        (await homeCare.Locator(".app-rate-warning").AllInnerTextsAsync()).ShouldContain(w => w.Contains("Homecare Association minimum price", StringComparison.Ordinal));
        await Axe.AssertAccessibleAtBothWidthsAsync(page);

        // Change opens a dialog; saving it with nothing typed lists the problems in it, and nothing is saved.
        await Keyboard.TabToAsync(page, f => f.Tag == "button" && f.Text.StartsWith("Change", StringComparison.Ordinal) && f.Text.Contains("Homecare, per hour", StringComparison.Ordinal));
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("[role=dialog] #Value").WaitForAsync();
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
        await Keyboard.TabToButtonAsync(page, "Save to draft");
        await page.Keyboard.PressAsync("Enter");
        var problems = page.Locator("[role=dialog] .staff-error-summary a");
        await problems.First.WaitForAsync();
        (await problems.AllInnerTextsAsync()).ShouldBe(["Enter the new value", "Enter the source or council decision that sets this value"]);
        await Axe.AssertAccessibleAtBothWidthsAsync(page);

        await page.Locator("#Value").FillAsync("30.00");
        await page.Locator("#From-day").FillAsync("1");
        await page.Locator("#From-month").FillAsync("4");
        await page.Locator("#From-year").FillAsync(NextApril.Year.ToString(CultureInfo.InvariantCulture));
        await page.Locator("#Reference").FillAsync("Cabinet decision: homecare fee for 2027/28");
        await Keyboard.TabToButtonAsync(page, "Save to draft");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator(".staff-banner").GetByText("Homecare, per hour saved in draft").WaitForAsync();
        await page.Locator("[role=dialog]").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        (await page.Locator("#rate-rate-home_care").Locator("xpath=ancestor::tr").Locator(".app-council-value").InnerTextAsync()).ShouldContain("Then £30.00 per hour from 1 April 2027");
        await Axe.AssertAccessibleAtBothWidthsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Review, preview and publish the draft" }).ClickAsync();
        await page.Locator("#diff tr[data-key='rate.home_care']").WaitForAsync();
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
        await page.Locator("#preview-impact").ClickAsync();
        await page.Locator("#impact-summary").WaitForAsync();
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
        await page.Locator("#On-day").FillAsync("1");
        await page.Locator("#On-month").FillAsync("4");
        await page.Locator("#On-year").FillAsync(NextApril.Year.ToString(CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview for this date" }).ClickAsync();
        await page.Locator("#impact-largest").WaitForAsync();
        (await page.Locator("#impact-summary .staff-summary-list__row", new() { HasText = "Weekly change" }).InnerTextAsync()).ShouldContain("+£");
        (await page.Locator("#impact-summary .staff-summary-list__row", new() { HasText = "Estimates that would change" }).Locator(".staff-summary-list__value").InnerTextAsync()).ShouldNotStartWith("0 of");
        (await page.Locator("#impact-distribution").InnerTextAsync()).ShouldContain("Up by");
        await Axe.AssertAccessibleAtBothWidthsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Go back to publish the draft" }).ClickAsync();
        await page.Locator("#EffectiveFrom-day").FillAsync("1");
        await page.Locator("#EffectiveFrom-month").FillAsync("4");
        await page.Locator("#EffectiveFrom-year").FillAsync(NextApril.Year.ToString(CultureInfo.InvariantCulture));
        await page.Locator("#Note").FillAsync("Homecare fee for 2027/28");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish version" }).ClickAsync();
        // Publishing cannot be undone: the first press asks, naming the date, and the keyboard can cancel or confirm.
        await page.Locator("#publish-confirmation").WaitForAsync();
        (await page.Locator("#publish-warning").InnerTextAsync()).ShouldContain("with the effective date 1 April 2027");
        (await Keyboard.FocusedAsync(page)).Text.ShouldStartWith("Publish version");
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
        await Keyboard.TabToButtonAsync(page, "Cancel");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#EffectiveFrom-day").WaitForAsync();
        (await page.Locator("#EffectiveFrom-year").InputValueAsync()).ShouldBe(NextApril.Year.ToString(CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish version" }).ClickAsync();
        await page.Locator("#publish-confirmation").WaitForAsync();
        var confirm = await Keyboard.TabToAsync(page, f => f.Tag == "button" && f.Text.StartsWith("Yes, publish version", StringComparison.Ordinal), limit: 5);
        confirm.Text.ShouldStartWith("Yes, publish version 2025.");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator(".staff-banner.mud-alert-outlined-success").GetByText("is published").WaitForAsync();
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
        await page.GotoAsync("/configuration/versions/configuration");
        (await page.Locator("#versions").InnerTextAsync()).ShouldContain("Future");
        await Axe.AssertAccessibleAtBothWidthsAsync(page);

        var newProfileId = await ProfileAssessedOnAsync(NextApril);
        var practitioner = await fixture.NewPageAsync();
        await SignIn.AsAsync(practitioner, "demo.practitioner");
        await Pages.OpenAsync(practitioner, $"/profiles/{newProfileId}/result");
        await practitioner.GetByRole(AriaRole.Button, new() { Name = "Calculate the estimate" }).ClickAsync();
        await practitioner.Locator("#weekly-estimate").WaitForAsync();
        (await practitioner.Locator("table").First.InnerTextAsync()).ShouldContain("£30.00");
        var fresh = (await fixture.App.Services.GetRequiredService<EstimateSnapshotStore>().ListForProfileAsync(newProfileId)).ShouldHaveSingleItem();
        fresh.ConfigurationVersion.ShouldNotBe("demo-council@2025.3");

        await Pages.OpenAsync(practitioner, $"/profiles/{oldProfileId}/result");
        (await practitioner.Locator("table").First.InnerTextAsync()).ShouldContain("£21.64");
        await practitioner.GetByRole(AriaRole.Button, new() { Name = "Check reproducibility" }).ClickAsync();
        var reproduced = await practitioner.Locator("#reproducibility").InnerTextAsync();
        reproduced.ShouldStartWith("Reproduced: re-running the stored answers");
        reproduced.ShouldContain("configuration demo-council@2025.3");
    }

    [Fact]
    public async Task Configuration_OtherScreens_PassAxe()
    {
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.config");

        foreach (var path in new[] { "/configuration/council", "/configuration/uplift", "/configuration/import", "/configuration/benchmarking", "/configuration/versions/model" })
        {
            await page.GotoAsync(path);
            await page.Locator("h1").WaitForAsync();
            await Axe.AssertAccessibleAtBothWidthsAsync(page);
            await Pages.ScreenshotAsync(page, "configuration-" + path.Split('/')[2]);
        }

        await page.GotoAsync("/configuration/uplift");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save uplift to draft" }).ClickAsync();
        await page.Locator(".staff-error-summary").WaitForAsync();
        (await page.Locator(".staff-error-summary a").AllInnerTextsAsync()).ShouldContain("Select at least one rate to uplift");
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
    }

    [Fact]
    public async Task CouncilDetails_ReasonSentenceTooLong_LinksTheErrorToItsBoxAndPassesAxe()
    {
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.config");
        await page.GotoAsync("/configuration/council");

        await page.GetByLabel("Sentence for \"Personal circumstances\"").FillAsync(new string('s', 301));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save to draft" }).ClickAsync();

        var error = page.Locator(".staff-error-summary a");
        await error.First.WaitForAsync();
        (await error.AllInnerTextsAsync()).ShouldBe(["The sentence for \"Personal circumstances\" is 301 characters long; keep it to 300 characters or fewer"]);
        (await error.First.GetAttributeAsync("href")).ShouldBe("#LetterSentence2");
        (await page.Locator("#LetterSentence2").InputValueAsync()).ShouldBe(new string('s', 301));
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
    }

    [Fact]
    public async Task Import_DraftChangedByAnotherOfficerWhileThePageWasOpen_IsRefusedByKeyboardWithALinkToTheDraftAndPassesAxe()
    {
        var services = fixture.App.Services;
        var store = services.GetRequiredService<Formulate.Data.Parameters.ParameterVersionStore>();
        await ChangeConfigurationDraftAsync("j.smith", 30m);
        try
        {
            var page = await fixture.NewPageAsync();
            await SignIn.AsAsync(page, "demo.config");
            await page.GotoAsync("/configuration/import");
            (await page.Locator("#drafts").InnerTextAsync()).ShouldContain("last changed by j.smith");
            await Axe.AssertAccessibleAtBothWidthsAsync(page);
            var changed = await ChangeConfigurationDraftAsync("j.smith", 31m);
            var json = Formulate.Engine.Defaults.DefaultDefinitions.ConfigurationJson.Replace(
                "\"version\": \"2025.2\"", "\"version\": \"2026.1\"", StringComparison.Ordinal);

            await Keyboard.TabToAsync(page, f => f.Type == "radio" && f.Value == "configuration");
            await page.Keyboard.PressAsync("Space");
            await page.Locator("#Json").FillAsync(json);
            await Keyboard.TabToButtonAsync(page, "Check and import");
            await page.Keyboard.PressAsync("Enter");

            await page.Locator(".staff-error-summary").WaitForAsync();
            var link = page.Locator(".staff-error-summary__list a");
            (await link.InnerTextAsync()).ShouldContain($"{changed.Stamp} was changed by j.smith");
            (await link.GetAttributeAsync("href")).ShouldBe($"/configuration/versions/configuration/{changed.Id}");
            (await page.Locator("#Json").InputValueAsync()).ShouldBe(json);
            await Axe.AssertAccessibleAtBothWidthsAsync(page);
            (await store.FindDraftAsync(Formulate.Engine.Parameters.ParameterSetKind.Configuration))!.Json.ShouldBe(changed.Json);
        }
        finally
        {
            // The other browser tests start from the published configuration alone.
            if (await store.FindDraftAsync(Formulate.Engine.Parameters.ParameterSetKind.Configuration) is { } draft)
            {
                await store.DiscardDraftAsync(draft.Id, "j.smith");
            }
        }
    }

    private async Task<ParameterSetVersion> ChangeConfigurationDraftAsync(string userName, decimal rate) =>
        (await fixture.App.Services.GetRequiredService<Formulate.Web.Configuration.ConfigurationDrafts>().EditAsync(Formulate.Engine.Parameters.ParameterSetKind.Configuration,
            set => Formulate.Engine.Parameters.ParameterSetEdits.WithValue(set, "rate.supported_living", NextApril, rate, "Cabinet decision (other officer)"), userName)).Version!;

    private async Task AgreeBudgetAsync(Guid profileId)
    {
        var snapshot = (await fixture.App.Services.GetRequiredService<EstimateSnapshotStore>().ListForProfileAsync(profileId))[0];
        var signOff = fixture.App.Services.GetRequiredService<SignOffStore>();
        var submitted = await signOff.SubmitAsync(
            new NewSubmission { NeedsProfileId = profileId, EstimateSnapshotId = snapshot.Id, ProposedWeekly = snapshot.WeeklyEstimate }, "demo.practitioner");
        (await signOff.DecideAsync(submitted.SubmissionId!.Value, DecisionOutcome.Approved, null, "demo.manager")).Succeeded.ShouldBeTrue();
    }

    private async Task<Guid> ProfileAssessedOnAsync(DateOnly date)
    {
        var answers = new ProfileBuilder()
            .With("person.living_situation", "own_home_alone").With("person.has_unpaid_carer", "no")
            .Need("hygiene", "some").Need("dressing", "prompting").Need("nutrition", "some")
            .Build().Answers.ToDictionary(pair => pair.Key, pair => (string?)pair.Value);
        var person = (await fixture.App.Services.GetRequiredService<PeopleService>().ListCaseloadAsync(CaseWorkers.Practitioner()))[0];
        var store = fixture.App.Services.GetRequiredService<NeedsProfileStore>();
        var version = fixture.App.Services.GetRequiredService<FormulateEngine>().Definition.Questions.Version;
        var profile = await store.CreateAsync(person.PersonId, date, version, "demo.practitioner");
        (await store.SaveAnswersAsync(profile.Id, answers, profile.Version, "demo.practitioner")).IsSaved.ShouldBeTrue();
        return profile.Id;
    }
}
