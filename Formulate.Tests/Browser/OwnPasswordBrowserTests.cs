using Formulate.Data.Seeding;
using Formulate.Tests.Browser.Support;
using Formulate.Web.Accounts;
using Microsoft.Extensions.DependencyInjection;
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
        // Leaving an interactive page for this one changes the address first and then loads the page in full, so the
        // address is awaited only as far as it changing, and the load is awaited after it.
        await Pages.AddressAsync(page, url => url.EndsWith("/account/password", StringComparison.Ordinal), loaded: null);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.Locator("#CurrentPassword").WaitForAsync();
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
        await Keyboard.TabToAsync(page, f => f.Name == "CurrentPassword");
        await page.Keyboard.TypeAsync(DemoAccounts.Password);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("too short");
        await Keyboard.TabToButtonAsync(page, "Change password");
        await page.Keyboard.PressAsync("Enter");

        await page.Locator(".staff-error-summary").WaitForAsync();
        (await page.Locator("#NewPassword-error").InnerTextAsync()).ShouldContain("12 characters or more");
        await Axe.AssertAccessibleAtBothWidthsAsync(page);

        await ChangeByKeyboardAsync(page, DemoAccounts.Password, "four random words here");

        await page.Locator(".staff-banner.mud-alert-outlined-success").GetByText("Your password has been changed").WaitForAsync();
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
    }

    [Fact]
    public async Task GivenPassword_KeyboardAlone_SignsInIsTakenToChangeItThenReachesThePageItAskedFor()
    {
        await using var app = new FormulateAppFactory();
        app.StartServer();
        var form = new AccountForm { UserName = "new.starter", DisplayName = "New Starter", Team = DemoAccounts.NorthTeam, Roles = ["Practitioner"] };
        var added = await app.Services.GetRequiredService<AccountAdministration>()
            .AddAsync(form, [DemoAccounts.NorthTeam], new AccountAdministrator("demo.config", null));
        var given = added.Password!;
        var page = await fixture.NewPageAsync(app);
        await page.GotoAsync("/sign-in?ReturnUrl=%2Fcaseload");
        await Axe.AssertAccessibleAsync(page);

        await Keyboard.TabToAsync(page, f => f.Name == "UserName");
        await page.Keyboard.TypeAsync("new.starter");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(given);
        await Keyboard.TabToButtonAsync(page, "Sign in");
        await page.Keyboard.PressAsync("Enter");

        await Pages.AddressAsync(page, url => new Uri(url).AbsolutePath == "/account/password");
        new Uri(page.Url).Query.ShouldBe("?ReturnUrl=%2Fcaseload");
        (await page.Locator("#must-change-password").InnerTextAsync()).ShouldContain("You need to choose your own password before you continue");
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
        await ChangeByKeyboardAsync(page, given, "a password of my own");

        await Pages.AddressAsync(page, url => new Uri(url).AbsolutePath == "/caseload");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.Locator("h1", new() { HasText = "Caseload" }).WaitForAsync();
        await Axe.AssertAccessibleAsync(page);
    }

    private static async Task ChangeByKeyboardAsync(IPage page, string current, string replacement)
    {
        await Keyboard.TabToAsync(page, f => f.Name == "CurrentPassword");
        await page.Keyboard.TypeAsync(current);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(replacement);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(replacement);
        await Keyboard.TabToButtonAsync(page, "Change password");
        await page.Keyboard.PressAsync("Enter");
    }
}
