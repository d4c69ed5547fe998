using Formulate.Tests.Browser.Support;
using Microsoft.Playwright;

namespace Formulate.Tests.Browser;

[Collection(SecondBrowserTestGroup.Name)]
public sealed class CaseloadBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task SignIn_Practitioner_SeesTheCaseloadAndCanSearchIt()
    {
        var page = await fixture.NewPageAsync();

        await SignIn.AsAsync(page, "demo.practitioner");
        await Pages.OpenAsync(page, "/caseload");

        await page.GetByRole(AriaRole.Heading, new() { Name = "Caseload", Level = 1 }).WaitForAsync();
        // The practitioner's own team's people: the three demo people of the North Locality Team, and any added by tests.
        (await page.Locator("table tbody tr").CountAsync()).ShouldBeGreaterThanOrEqualTo(3);
        (await page.Locator("table tbody").InnerTextAsync()).ShouldNotContain("South Locality Team");
        await Pages.ScreenshotAsync(page, "caseload");

        await page.Locator("#search").FillAsync("demo-0002");
        await page.GetByText("Showing 1 person.").WaitForAsync();
        (await page.Locator("table tbody tr").AllInnerTextsAsync()).Single().ShouldContain("Ravi Chandra");
    }

    [Fact]
    public async Task Caseload_ConfigurationManager_GetsTheForbiddenPage()
    {
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.config");

        var response = await page.GotoAsync("/caseload");

        new Uri(page.Url).AbsolutePath.ShouldBe("/forbidden");
        response.ShouldNotBeNull().Status.ShouldBe(403);
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
    }

    [Fact]
    public async Task Caseload_NotSignedIn_GoesToSignIn()
    {
        var page = await fixture.NewPageAsync();

        await page.GotoAsync("/caseload");

        new Uri(page.Url).AbsolutePath.ShouldBe("/sign-in");
    }
}
