using Formulate.Analysis.Text;
using Formulate.Data.Estimates;
using Formulate.Tests.Browser.Support;
using Formulate.Tests.Engine;
using Formulate.Tests.Web.Letters.Support;
using Formulate.Web.Profiles;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Browser;

[Collection(BrowserTestGroup.Name)]
public sealed class EstimatePageBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task OlderEstimate_OpenedFromThePersonPageByKeyboard_ShowsItsOwnFiguresAndLeadsToTheLatest()
    {
        var person = await LetterData.AddPersonAsync(fixture.App.Services, "Ursula");
        var older = await LetterData.AddEstimateAsync(fixture.App.Services, person.Id, "wc02");
        var latest = await fixture.App.Services.GetRequiredService<EstimateSnapshotStore>().SaveAsync(
            older.NeedsProfileId, EstimateSnapshots.From(WorkedCaseDataAttribute.Load("wc01").Profile, LetterExamples.Result("wc01")), "test.practitioner");
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.practitioner");
        await Pages.OpenAsync(page, $"/people/{person.Id}");

        await Keyboard.TabToAsync(page, f => f.Tag == "a" && f.Text.Contains(": estimate 1 of 2,", StringComparison.Ordinal));
        await page.Keyboard.PressAsync("Enter");

        await Pages.AddressAsync(page, url => url.EndsWith($"/estimates/{older.Id}", StringComparison.Ordinal));
        await Pages.ReadyAsync(page);
        (await page.Locator("#estimate-standing").InnerTextAsync()).ShouldContain("This is not the latest estimate for this Needs Profile");
        (await page.Locator("#estimate-details").InnerTextAsync()).ShouldContain($"{Pounds.Format(older.WeeklyEstimate)} a week");
        (await page.Locator("#quality-statements li").CountAsync()).ShouldBe(LetterExamples.Result("wc02").QualityStatements.Count);

        await Keyboard.TabToAsync(page, f => f.Tag == "summary" && f.Text == "How this was worked out");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#how-worked-out[open]").WaitForAsync();
        await Keyboard.TabToButtonAsync(page, "Check reproducibility");
        await page.Keyboard.PressAsync("Enter");
        (await page.Locator("#reproducibility").InnerTextAsync()).ShouldStartWith("Reproduced");
        await Axe.AssertAccessibleAtBothWidthsAsync(page);

        // Back up the page to the link beside the warning that this is not the latest.
        for (var presses = 0; (await Keyboard.FocusedAsync(page)).Text != "See the latest estimate for this Needs Profile"; presses++)
        {
            presses.ShouldBeLessThan(100);
            await page.Keyboard.PressAsync("Shift+Tab");
        }

        await page.Keyboard.PressAsync("Enter");
        await Pages.AddressAsync(page, url => url.EndsWith($"/estimates/{latest.Id}", StringComparison.Ordinal));
        await Pages.ReadyAsync(page);
        (await page.Locator("#estimate-standing").InnerTextAsync()).ShouldBe("This is the latest estimate saved for this Needs Profile.");
    }
}
