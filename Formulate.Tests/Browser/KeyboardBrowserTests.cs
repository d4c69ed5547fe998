using Formulate.Analysis.Text;
using Formulate.Data.Seeding;
using Formulate.Engine;
using Formulate.Engine.Profiles;
using Formulate.Tests.Browser.Support;
using Formulate.Tests.Web.Support;
using Formulate.Web.People;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Browser;

[Collection(SecondBrowserTestGroup.Name)]
public sealed class KeyboardBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Profile_KeyboardAlone_IsCompletedAndItsEstimateCalculated()
    {
        var person = (await fixture.App.Services.GetRequiredService<PeopleService>().ListCaseloadAsync(CaseWorkers.Practitioner()))[^1];
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.practitioner");
        await Pages.OpenAsync(page, $"/people/{person.PersonId}");

        await Keyboard.TabToButtonAsync(page, "Start a new Needs Profile");
        await page.Keyboard.PressAsync("Enter");
        await Pages.MovedToAsync(page, url => url.Contains("/profiles/", StringComparison.Ordinal));
        var profileId = Guid.Parse(new Uri(page.Url).Segments[2].TrimEnd('/'));

        await Pages.ReadyAsync(page);
        await Keyboard.TabToButtonAsync(page, "Start answering");
        await page.Keyboard.PressAsync("Enter");
        await Pages.MovedToAsync(page, url => url.Contains("/sections/", StringComparison.Ordinal));

        // Each section's "Next section" goes straight on to the next section that applies, until the estimate is next.
        while (true)
        {
            var section = page.Url;
            if (await AnswerEveryQuestionAsync(page) == "Continue to the estimate")
            {
                break;
            }

            await Pages.MovedToAsync(page, url => url != section && url.Contains("/sections/", StringComparison.Ordinal));
        }

        await Pages.MovedToAsync(page, url => url.EndsWith("/result", StringComparison.Ordinal));
        await Pages.ReadyAsync(page);
        await Keyboard.TabToButtonAsync(page, "Calculate the estimate");
        await page.Keyboard.PressAsync("Enter");

        var answers = await TestProfiles.AnswersAsync(fixture.App, profileId);
        var engine = fixture.App.Services.GetRequiredService<FormulateEngine>();
        var assessed = Formulate.Data.Time.UkTime.Today(TimeProvider.System);
        var expected = engine.Estimate(new NeedsProfile { AssessmentDate = assessed, Answers = answers }).Result.ShouldNotBeNull();
        await page.Locator("#weekly-estimate").GetByText($"{Pounds.Format(expected.WeeklyEstimate)} a week").WaitForAsync();
        await Axe.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task SkipLink_OnASection_MovesFocusToTheMainContentWithoutLeavingThePage()
    {
        var profileId = await TestProfiles.CreateAsync(fixture.App);
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.practitioner");
        var path = $"/profiles/{profileId}/sections/person";
        await Pages.OpenAsync(page, path);
        await page.Locator(".staff-skip-link").FocusAsync();

        await page.Keyboard.PressAsync("Enter");

        await page.WaitForFunctionAsync("() => document.activeElement?.id === 'main-content'");
        new Uri(page.Url).AbsolutePath.ShouldBe(path);
        await page.Keyboard.PressAsync("Tab");
        (await Keyboard.FocusedAsync(page)).Text.ShouldBe("Back to the Needs Profile");
    }

    /// <summary>
    /// Tabs through the section's questions, choosing the first answer of each unanswered one (the first box of a question
    /// of times of day) with Space, then presses the button that goes on, and says which it was.
    /// </summary>
    private static async Task<string> AnswerEveryQuestionAsync(Microsoft.Playwright.IPage page)
    {
        await Pages.ReadyAsync(page);
        while (true)
        {
            var focused = await Keyboard.TabToAsync(page, f => (f.Type is "radio" or "checkbox" && !f.GroupAnswered)
                || (f.Tag == "button" && (f.Text.StartsWith("Next section: ", StringComparison.Ordinal) || f.Text == "Continue to the estimate")));
            if (focused.Tag == "button")
            {
                await page.Keyboard.PressAsync("Enter");
                return focused.Text;
            }

            var saves = await Pages.SavesAsync(page);
            await page.Keyboard.PressAsync("Space");
            await Pages.WaitForSaveAsync(page, saves);
        }
    }
}
