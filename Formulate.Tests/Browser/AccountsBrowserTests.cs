using Formulate.Data.Seeding;
using Formulate.Tests.Browser.Support;
using Microsoft.Playwright;

namespace Formulate.Tests.Browser;

[Collection(BrowserTestGroup.Name)]
public sealed class AccountsBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Accounts_KeyboardAlone_AddChangeTeamAndDeactivate_EveryScreenAccessible()
    {
        // Its own app: the shared app's accounts are the ones the other tests sign in with.
        await using var app = new FormulateAppFactory();
        app.StartServer();
        var page = await fixture.NewPageAsync(app);
        await SignIn.AsAsync(page, "demo.config");
        await page.GotoAsync("/configuration");

        await EnterAsync(page, await Keyboard.TabToLinkAsync(page, "User accounts"), path => path == "/accounts");
        // From one page that posts plain forms to another, the address changes before the new page is drawn.
        await page.Locator("#accounts").WaitForAsync();
        (await page.Locator("#accounts tbody tr").CountAsync()).ShouldBe(DemoAccounts.All.Count);
        await Axe.AssertAccessibleAtBothWidthsAsync(page);

        await EnterAsync(page, await Keyboard.TabToButtonAsync(page, "Add an account"), path => path == "/accounts/new");
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
        await Keyboard.TabToAsync(page, f => f.Name == "UserName");
        await page.Keyboard.TypeAsync("robin.new");
        await Keyboard.TabToAsync(page, f => f.Name == "DisplayName");
        await page.Keyboard.TypeAsync("Robin New");
        await Keyboard.TabToAsync(page, f => f.Name == "Roles" && f.Value == "Practitioner");
        await page.Keyboard.PressAsync("Space");
        await Keyboard.TabToButtonAsync(page, "Add account");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator(".staff-error-summary").WaitForAsync();
        (await page.Locator(".staff-error-summary").InnerTextAsync()).ShouldContain("Select a team: a practitioner only sees their own team's people");
        await Axe.AssertAccessibleAtBothWidthsAsync(page);

        await Keyboard.TabToAsync(page, f => f.Name == "Team" && f.Type == "radio");
        await ChooseRadioAsync(page, DemoAccounts.NorthTeam);
        await Keyboard.TabToButtonAsync(page, "Add account");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#one-time-password").WaitForAsync();
        (await page.Locator("#one-time-password").InnerTextAsync()).Trim().Length.ShouldBe(23);
        await Axe.AssertAccessibleAtBothWidthsAsync(page);

        await EnterAsync(page, await Keyboard.TabToLinkAsync(page, "Go to the account"), path => path.StartsWith("/accounts/", StringComparison.Ordinal) && path != "/accounts/new");
        (await page.Locator("#account-summary").InnerTextAsync()).ShouldContain(DemoAccounts.NorthTeam);
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
        await Keyboard.TabToAsync(page, f => f.Name == "Team" && f.Type == "radio");
        await ChooseRadioAsync(page, DemoAccounts.SouthTeam);
        await Keyboard.TabToButtonAsync(page, "Save changes");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator(".staff-banner.mud-alert-outlined-success").WaitForAsync();
        (await page.Locator("#account-summary").InnerTextAsync()).ShouldContain(DemoAccounts.SouthTeam);
        await Axe.AssertAccessibleAtBothWidthsAsync(page);

        await Keyboard.TabToButtonAsync(page, "Deactivate account");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator(".staff-banner.mud-alert-outlined-success", new() { HasText = "is deactivated" }).WaitForAsync();
        (await page.Locator("#account-summary").InnerTextAsync()).ShouldContain("Deactivated");
        await Axe.AssertAccessibleAtBothWidthsAsync(page);

        await page.GotoAsync("/accounts");
        (await page.Locator("#accounts tbody tr", new() { HasText = "robin.new" }).InnerTextAsync()).ShouldContain("Deactivated");
        await Pages.ScreenshotAsync(page, "accounts");
    }

    private static async Task EnterAsync(IPage page, Focused focused, Func<string, bool> path)
    {
        focused.ShouldNotBeNull();
        await page.Keyboard.PressAsync("Enter");
        await Pages.AddressAsync(page, url => path(new Uri(url).AbsolutePath));
    }

    /// <summary>From a focused radio, moves with the arrow keys, which choose as they go, until <paramref name="value"/> is chosen.</summary>
    private static async Task ChooseRadioAsync(IPage page, string value)
    {
        var focused = await Keyboard.FocusedAsync(page);
        if (!focused.GroupAnswered)
        {
            await page.Keyboard.PressAsync("Space");
            focused = await Keyboard.FocusedAsync(page);
        }

        for (var presses = 0; focused.Value != value; presses++)
        {
            presses.ShouldBeLessThan(20, $"{value} was not reached with the arrow keys");
            await page.Keyboard.PressAsync("ArrowDown");
            focused = await Keyboard.FocusedAsync(page);
        }
    }
}
