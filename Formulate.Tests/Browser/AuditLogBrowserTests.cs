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

        var summary = page.Locator(".staff-error-summary");
        await summary.GetByRole(AriaRole.Link, new() { Name = "The from date must be the same as or before the to date" }).WaitForAsync();
        (await summary.Locator("a").GetAttributeAsync("href")).ShouldBe("#from");
        await page.WaitForFunctionAsync("() => document.activeElement?.classList.contains('staff-error-summary')");
        (await page.TitleAsync()).ShouldStartWith("Error: ");
        await Axe.AssertAccessibleAsync(page);

        await summary.GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForFunctionAsync("() => document.activeElement?.id === 'from'");
        new Uri(page.Url).AbsolutePath.ShouldBe("/audit", "the summary's link moves to the field, not to another page");

        await page.SetViewportSizeAsync(320, 640);
        await Axe.AssertAccessibleAsync(page);
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(320, "the page reflows at 320 px");
    }

    [Fact]
    public async Task AuditLog_KeyboardAlone_SortsPagesAndOpensAnEntry()
    {
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.auditor");
        await Pages.OpenAsync(page, "/audit");
        var rows = page.Locator("#audit-entries tbody tr");
        await rows.First.Locator("td").First.WaitForAsync();
        (await page.Locator("#audit-count").InnerTextAsync()).ShouldMatch(@"^[\d,]+ entries$");
        await Axe.AssertAccessibleAsync(page);

        // Newest first; sorted by user, A to Z, with the keyboard alone.
        var users = page.Locator("#audit-entries tbody td[data-label='User']");
        await page.Locator("#audit-entries th", new() { HasText = "User" }).GetByRole(AriaRole.Button).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("""
            () => { const users = [...document.querySelectorAll("#audit-entries tbody td[data-label='User']")].map(c => c.innerText);
                    return users.length > 1 && users.every((u, i) => i === 0 || users[i - 1] <= u); }
            """);
        var sorted = await users.AllInnerTextsAsync();
        sorted.ShouldBe([.. sorted.Order(StringComparer.Ordinal)]);

        var first = await rows.First.InnerTextAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Next page" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("first => document.querySelector('#audit-entries tbody tr').innerText !== first", first);

        var details = page.Locator("#audit-entries summary").First;
        await details.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        (await page.Locator("#audit-entries details").First.InnerTextAsync()).ShouldContain("Before");
        await Axe.AssertAccessibleAsync(page);

        await page.SetViewportSizeAsync(320, 640);
        await Axe.AssertAccessibleAsync(page);
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(320, "the page reflows at 320 px");
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
