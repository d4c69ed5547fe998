using Microsoft.Playwright;
using Formulate.Data.Seeding;
using Formulate.Tests.Browser.Support;
using Formulate.Tests.Web.Support;

namespace Formulate.Tests.Browser;

/// <summary>A page left open notices when its user's account changes. Each test has its own app, checking every second.</summary>
[Collection(SecondBrowserTestGroup.Name)]
public sealed class AccountChangeBrowserTests(BrowserFixture fixture)
{
    private static readonly Dictionary<string, string?> CheckEverySecond = new() { ["Formulate:SignIn:AccountRecheckSeconds"] = "1" };

    [Fact]
    public async Task OpenPage_AccountDeactivated_GoesToSignInSayingWhy()
    {
        await using var app = new FormulateAppFactory(CheckEverySecond);
        app.StartServer();
        var page = await fixture.NewPageAsync(app);
        await SignIn.AsAsync(page, "demo.practitioner");
        await Pages.OpenAsync(page, "/caseload");

        await DemoRecords.ChangeAccountAsync(app.Services, "demo.practitioner", account => account.IsActive = false);

        await page.Locator("#session-ended").WaitForAsync();
        new Uri(page.Url).AbsolutePath.ShouldBe("/sign-in");
        (await page.Locator("#session-ended").InnerTextAsync()).ShouldContain("your account has been deactivated");
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
        await page.GotoAsync("/caseload");
        await Pages.AddressAsync(page, url => url.EndsWith("/sign-in?ReturnUrl=%2Fcaseload", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OpenPersonPage_UserMovedToAnotherTeam_IsNoLongerShown()
    {
        await using var app = new FormulateAppFactory(CheckEverySecond);
        app.StartServer();
        var page = await fixture.NewPageAsync(app);
        await SignIn.AsAsync(page, "demo.manager");
        await Pages.OpenAsync(page, $"/people/{await DemoRecords.PersonIdAsync(app.Services, "DEMO-0001")}");

        await DemoRecords.ChangeAccountAsync(app.Services, "demo.manager", account => account.Team = DemoAccounts.SouthTeam);

        await Pages.AddressAsync(page, url => new Uri(url).AbsolutePath == "/forbidden");
        await page.GetByRole(AriaRole.Heading, new() { Name = "You do not have permission to see this page" }).WaitForAsync();
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
    }
}
