using Formulate.Tests.Browser.Support;
using Microsoft.Playwright;

namespace Formulate.Tests.Browser;

[Collection(SecondBrowserTestGroup.Name)]
public sealed class AuditLogBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Search_ToDateBeforeFromDate_ShowsTheErrorSummaryWithFocusOnIt()
    {
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.auditor");
        await Pages.OpenAsync(page, "/audit");

        await page.Locator("#from").FillAsync("2026-12-01");
        await page.Locator("#to").FillAsync("2026-11-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        var summary = page.Locator(".govuk-error-summary");
        await summary.GetByRole(AriaRole.Link, new() { Name = "The from date must be the same as or before the to date" }).WaitForAsync();
        (await summary.Locator("a").GetAttributeAsync("href")).ShouldBe("#from");
        await page.WaitForFunctionAsync("() => document.activeElement?.classList.contains('govuk-error-summary')");
        (await page.TitleAsync()).ShouldStartWith("Error: ");
        await Axe.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task Search_ToTheLastDayADateCanHave_ListsTheEntries()
    {
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.auditor");
        await Pages.OpenAsync(page, "/audit");

        await page.Locator("#to").FillAsync("9999-12-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        await page.Locator("#audit-entries").WaitForAsync();
        (await page.Locator("#audit-count").InnerTextAsync()).ShouldNotStartWith("0 ");
    }
}
