using Formulate.Tests.Browser.Support;
using Microsoft.Playwright;

namespace Formulate.Tests.Browser;

/// <summary>A confirmation carried in the address after an action is shown once: reloading the page does not repeat it.</summary>
[Collection(SecondBrowserTestGroup.Name)]
public sealed class ConfirmationBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task SignOut_ConfirmationShown_NotShownAgainOnReload()
    {
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.auditor");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await Pages.AddressAsync(page, url => url.EndsWith("/sign-in", StringComparison.Ordinal));
        (await page.Locator(".staff-banner[role=alert]").InnerTextAsync()).ShouldContain("You have signed out");
        await page.WaitForFunctionAsync("() => document.activeElement?.classList.contains('staff-banner')");
        await Axe.AssertAccessibleAsync(page);
        await page.ReloadAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Sign in to Formulate", Level = 1 }).WaitForAsync();
        (await page.Locator(".staff-banner").CountAsync()).ShouldBe(0);
    }
}
