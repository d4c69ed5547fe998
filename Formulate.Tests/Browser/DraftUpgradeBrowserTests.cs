using Formulate.Data.Profiles;
using Formulate.Tests.Browser.Support;
using Formulate.Tests.Web.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Formulate.Tests.Browser;

[Collection(SecondBrowserTestGroup.Name)]
public sealed class DraftUpgradeBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task MoveToNewQuestions_KeyboardAlone_ShowsWhatCarriesOverAndMovesTheDraft()
    {
        // A council on the care-as-planned model, with a draft started on the first question set.
        await using var app = new FormulateAppFactory(new Dictionary<string, string?> { ["Formulate:Engine:Model"] = "formulate-core@2026.1" });
        app.StartServer();
        var store = app.Services.GetRequiredService<NeedsProfileStore>();
        var draft = await store.CreateAsync(await DemoRecords.PersonIdAsync(app.Services, "DEMO-0001"), new DateOnly(2026, 11, 22), "2025.1", "demo.practitioner");
        (await store.SaveAnswersAsync(draft.Id, new Dictionary<string, string?>
        {
            ["person.living_situation"] = "own_home_alone",
            ["hygiene.need"] = "some",
            ["hygiene.met_by_strengths"] = "none",
        }, draft.Version, "demo.practitioner")).IsSaved.ShouldBeTrue();
        var page = await fixture.NewPageAsync(app);
        await SignIn.AsAsync(page, "demo.practitioner");
        await Pages.OpenAsync(page, $"/profiles/{draft.Id}");

        await Keyboard.TabToLinkAsync(page, "See what moving it to the new questions changes");
        await page.Keyboard.PressAsync("Enter");
        await Pages.AddressAsync(page, url => url.EndsWith($"/profiles/{draft.Id}/new-questions", StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Heading, new() { Name = "Move to the new questions", Level = 1 }).WaitForAsync();
        (await page.Locator("#kept-answers").InnerTextAsync()).ShouldContain("Some hands-on help");
        (await page.Locator("#dropped-answers").InnerTextAsync()).ShouldContain("How much of this need does the person meet themselves");
        (await page.Locator("#to-answer").InnerTextAsync()).ShouldContain("How will the support at home be arranged?");
        await SelfAssessmentSteps.AccessibleAtBothWidthsAsync(page);
        await Pages.ScreenshotAsync(page, "profile-move-to-new-questions");
        await Keyboard.TabToButtonAsync(page, "Move to the new questions");
        await page.Keyboard.PressAsync("Enter");

        // The confirmation is taken out of the address once shown, and stays shown when the page turns interactive.
        await Pages.AddressAsync(page, url => url.EndsWith($"/profiles/{draft.Id}", StringComparison.Ordinal));
        await Pages.ReadyAsync(page);
        (await page.Locator("#moved-banner").InnerTextAsync()).ShouldContain("This Needs Profile now uses question set 2026.1.");
        (await page.Locator("#upgrade-offer").CountAsync()).ShouldBe(0);
        (await store.FindAsync(draft.Id))!.QuestionSetVersion.ShouldBe("2026.1");
    }
}
