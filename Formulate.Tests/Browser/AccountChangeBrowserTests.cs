using Formulate.Data;
using Formulate.Data.Entities;
using Formulate.Data.Seeding;
using Formulate.Tests.Browser.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Browser;

/// <summary>A page left open notices when its user's account changes. Each test has its own app, checking every second.</summary>
[Collection(BrowserTestGroup.Name)]
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

        await ChangeAccountAsync(app, "demo.practitioner", account => account.IsActive = false);

        await page.Locator("#session-ended").WaitForAsync();
        new Uri(page.Url).AbsolutePath.ShouldBe("/sign-in");
        (await page.Locator("#session-ended").InnerTextAsync()).ShouldContain("your account has been deactivated");
        await Axe.AssertAccessibleAsync(page);
        await page.GotoAsync("/caseload");
        await page.WaitForURLAsync("**/sign-in?ReturnUrl=%2Fcaseload");
    }

    [Fact]
    public async Task OpenPersonPage_UserMovedToAnotherTeam_IsNoLongerShown()
    {
        await using var app = new FormulateAppFactory(CheckEverySecond);
        app.StartServer();
        var page = await fixture.NewPageAsync(app);
        await SignIn.AsAsync(page, "demo.manager");
        await Pages.OpenAsync(page, $"/people/{await PersonAsync(app, "DEMO-0001")}");

        await ChangeAccountAsync(app, "demo.manager", account => account.Team = DemoAccounts.SouthTeam);

        await page.WaitForURLAsync("**/forbidden*");
        await Axe.AssertAccessibleAsync(page);
    }

    private static async Task<Guid> PersonAsync(FormulateAppFactory app, string caseReference)
    {
        await using var context = await app.Services.GetRequiredService<IDbContextFactory<FormulateDbContext>>().CreateDbContextAsync();
        return (await context.People.SingleAsync(person => person.CaseReference == caseReference)).Id;
    }

    private static async Task ChangeAccountAsync(FormulateAppFactory app, string userName, Action<UserAccount> change)
    {
        await using var context = await app.Services.GetRequiredService<IDbContextFactory<FormulateDbContext>>().CreateDbContextAsync();
        var account = await context.UserAccounts.SingleAsync(a => a.UserName == userName);
        change(account);
        await context.SaveChangesAsync();
    }
}
