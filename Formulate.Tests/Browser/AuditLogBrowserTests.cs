using Formulate.Data;
using Formulate.Data.Entities;
using Formulate.Tests.Browser.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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
        await Axe.AssertAccessibleAtBothWidthsAsync(page);

        await summary.GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForFunctionAsync("() => document.activeElement?.id === 'from'");
        new Uri(page.Url).AbsolutePath.ShouldBe("/audit", "the summary's link moves to the field, not to another page");

        await Pages.ReflowsAt320Async(page);
    }

    [Fact]
    public async Task AuditLog_KeyboardAlone_FiltersSortsPagesAndOpensAnEntry()
    {
        // Thirty entries of one user of its own: two pages of the grid, whatever else the shared app's log holds.
        var user = $"grid.{Guid.NewGuid():N}"[..13];
        var contexts = fixture.App.Services.GetRequiredService<IDbContextFactory<FormulateDbContext>>();
        await using (var context = await contexts.CreateDbContextAsync())
        {
            var now = DateTimeOffset.UtcNow;
            context.AuditEntries.AddRange(Enumerable.Range(1, 30).Select(i => new AuditEntry
            {
                OccurredAt = now.AddMinutes(i - 30), UserName = user, Action = $"Grid check {i:00}", EntityType = "Check", EntityId = $"{i}",
                BeforeJson = null, AfterJson = $"{{\"check\":{i}}}",
            }));
            await context.SaveChangesAsync();
        }

        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.auditor");
        await Pages.OpenAsync(page, "/audit");
        await page.Locator("#user").FocusAsync();
        await page.Keyboard.TypeAsync(user);
        await page.Keyboard.PressAsync("Enter");

        var actions = page.Locator("#audit-entries tbody td[data-label='Action']");
        await page.Locator("#audit-count", new() { HasText = "30 entries" }).WaitForAsync();
        await page.WaitForFunctionAsync("() => document.querySelector(\"#audit-entries tbody td[data-label='Action']\")?.innerText === 'Grid check 30'");
        (await actions.CountAsync()).ShouldBe(25, "newest first, a page of 25");
        await Axe.AssertAccessibleAtBothWidthsAsync(page);

        await page.Locator("#audit-entries th", new() { HasText = "Action" }).GetByRole(AriaRole.Button, new() { Name = "Sort" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => document.querySelector(\"#audit-entries tbody td[data-label='Action']\")?.innerText === 'Grid check 01'");
        (await actions.AllInnerTextsAsync()).ShouldBe([.. Enumerable.Range(1, 25).Select(i => $"Grid check {i:00}")]);

        await page.GetByRole(AriaRole.Button, new() { Name = "Next page" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => document.querySelector(\"#audit-entries tbody td[data-label='Action']\")?.innerText === 'Grid check 26'");
        (await actions.AllInnerTextsAsync()).ShouldBe([.. Enumerable.Range(26, 5).Select(i => $"Grid check {i:00}")]);

        await page.Locator("#audit-entries summary").First.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        (await page.Locator("#audit-entries details").First.InnerTextAsync()).ShouldContain("{\"check\":26}");
        await Axe.AssertAccessibleAtBothWidthsAsync(page);

        await Pages.ReflowsAt320Async(page);
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
