using Formulate.Tests.Browser.Support;
using Microsoft.Playwright;

namespace Formulate.Tests.Browser;

/// <summary>Where focus goes when a page loads, connects, and moves to another page inside the app.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class PageFocusBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task PageConnecting_AfterTheUserHasTabbedToALink_LeavesFocusThereAndTheLinkWorks()
    {
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.auditor");
        // A slow connection: the page is shown, and handles input, seconds before it connects.
        await page.RouteAsync("**/_blazor/negotiate**", async route =>
        {
            await Task.Delay(TimeSpan.FromSeconds(3));
            await route.ContinueAsync();
        });
        await page.GotoAsync("/");
        (await Pages.Connected(page).CountAsync()).ShouldBe(0);

        await Keyboard.TabToLinkAsync(page, "Change password");
        await Pages.Connected(page).WaitForAsync();
        // The page is drawn again as it connects, and focus is put back by a script the server calls once that drawing
        // is on screen: a moment later, longer on a busy machine.
        await page.WaitForFunctionAsync("() => document.activeElement && document.activeElement !== document.body");

        (await Keyboard.FocusedAsync(page)).Text.ShouldBe("Change password");
        await page.Keyboard.PressAsync("Enter");
        await Pages.AddressAsync(page, url => url.EndsWith("/account/password", StringComparison.Ordinal), loaded: null);
    }

    [Fact]
    public async Task LinkToAnotherPageInTheApp_MovesFocusToItsHeading()
    {
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.auditor");
        await Pages.OpenAsync(page, "/audit");

        // The app bar's link home: the council's name over the product's.
        await Keyboard.TabToAsync(page, f => f.Tag == "a" && f.Text.EndsWith("Formulate", StringComparison.Ordinal), limit: 10);
        await page.Keyboard.PressAsync("Enter");
        await Pages.MovedToAsync(page, url => new Uri(url).AbsolutePath == "/");

        (await Keyboard.FocusedAsync(page)).Text.ShouldBe((await page.Locator("h1").InnerTextAsync()).Trim());
    }
}
