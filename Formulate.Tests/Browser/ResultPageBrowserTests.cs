using Formulate.Tests.Browser.Support;
using Microsoft.Playwright;

namespace Formulate.Tests.Browser;

[Collection(BrowserTestGroup.Name)]
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

        var summary = page.Locator(".govuk-error-summary");
        await summary.GetByRole(AriaRole.Link, new() { Name = "Enter why the estimate was inaccurate" }).WaitForAsync();
        (await summary.Locator("a").GetAttributeAsync("href")).ShouldBe("#flag-reason");
        await page.WaitForFunctionAsync("() => document.activeElement?.classList.contains('govuk-error-summary')");
        (await page.TitleAsync()).ShouldStartWith("Error: ");
        await Axe.AssertAccessibleAsync(page);

        await summary.GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForFunctionAsync("() => document.activeElement?.id === 'flag-reason'");
    }
}
