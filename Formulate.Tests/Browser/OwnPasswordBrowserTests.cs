using Formulate.Data.Seeding;
using Formulate.Tests.Browser.Support;
using Microsoft.Playwright;

namespace Formulate.Tests.Browser;

[Collection(BrowserTestGroup.Name)]
public sealed class OwnPasswordBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task ChangePassword_KeyboardAlone_ShowsProblemsThenChangesIt()
    {
        // Its own app: the shared app's other tests sign in with the demo password.
        await using var app = new FormulateAppFactory();
        app.StartServer();
        var page = await fixture.NewPageAsync(app);
        await SignIn.AsAsync(page, "demo.auditor");

        await Keyboard.TabToLinkAsync(page, "Change password");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.EndsWith("/account/password", StringComparison.Ordinal));
        // Leaving an interactive page for this one loads it in full after the address changes: wait for that load.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.Locator("#CurrentPassword").WaitForAsync();
        await Axe.AssertAccessibleAsync(page);
        await Keyboard.TabToAsync(page, f => f.Name == "CurrentPassword");
        await page.Keyboard.TypeAsync(DemoAccounts.Password);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("too short");
        await Keyboard.TabToButtonAsync(page, "Change password");
        await page.Keyboard.PressAsync("Enter");

        await page.Locator(".govuk-error-summary").WaitForAsync();
        (await page.Locator("#NewPassword-error").InnerTextAsync()).ShouldContain("12 characters or more");
        await Axe.AssertAccessibleAsync(page);

        await Keyboard.TabToAsync(page, f => f.Name == "CurrentPassword");
        await page.Keyboard.TypeAsync(DemoAccounts.Password);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("four random words here");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("four random words here");
        await Keyboard.TabToButtonAsync(page, "Change password");
        await page.Keyboard.PressAsync("Enter");

        await page.Locator(".govuk-notification-banner--success").GetByText("Your password has been changed").WaitForAsync();
        await Axe.AssertAccessibleAsync(page);
    }
}
