using Formulate.Tests.Browser.Support;
using Microsoft.Playwright;

namespace Formulate.Tests.Browser;

/// <summary>Sign-in and the pages that say something went wrong, by keyboard alone, at 1280 and 320 px.</summary>
[Collection(SecondBrowserTestGroup.Name)]
public sealed class SignInAndErrorPagesBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task SignIn_EmptyThenByKeyboardAlone_ShowsTheErrorsThenLandsOnTheHomePage()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/sign-in");

        await Keyboard.TabToButtonAsync(page, "Sign in");
        await page.Keyboard.PressAsync("Enter");

        var summary = page.Locator(".staff-error-summary");
        await page.WaitForFunctionAsync("() => document.activeElement?.classList.contains('staff-error-summary')");
        (await summary.Locator("a").AllInnerTextsAsync()).ShouldBe(["Enter your user name", "Enter your password"]);
        (await page.Locator("#UserName").GetAttributeAsync("aria-invalid")).ShouldBe("true");
        (await page.TitleAsync()).ShouldStartWith("Error: ");
        await Axe.AssertAccessibleAtBothWidthsAsync(page);

        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => document.activeElement?.id === 'UserName'");
        await page.Keyboard.TypeAsync("demo.auditor");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(SignIn.Password);
        await page.Keyboard.PressAsync("Enter");

        await Pages.AddressAsync(page, url => new Uri(url).AbsolutePath == "/");
    }

    [Theory]
    [InlineData("/not-found", "Page not found")]
    [InlineData("/error", "Sorry, there is a problem with the service")]
    public async Task ErrorPage_SignedIn_OneHeadingAndAccessibleAtBothWidths(string path, string heading)
    {
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.auditor");

        await page.GotoAsync(path);

        (await page.Locator("h1").AllInnerTextsAsync()).ShouldBe([heading]);
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
    }

    [Fact]
    public async Task Forbidden_AnotherRolesPage_SaysSoAccessiblyAndLinksHome()
    {
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.auditor");

        var response = await page.GotoAsync("/caseload");

        response.ShouldNotBeNull().Status.ShouldBe(403);
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("You do not have permission to see this page");
        (await page.GetByRole(AriaRole.Link, new() { Name = "Go to the Formulate home page" }).GetAttributeAsync("href")).ShouldBe("/");
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
    }
}
