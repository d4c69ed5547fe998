using Formulate.Tests.Browser.Support;

namespace Formulate.Tests.Browser;

[Collection(BrowserTestGroup.Name)]
public sealed class SsoRefusalBrowserTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("wrong-tenant", "the account you chose belongs to a different organisation (Microsoft Entra tenant)")]
    [InlineData("client-rejected", "your organisation's sign-in service did not accept Formulate's own credential (its certificate or client secret)")]
    public async Task SignInPage_Refused_SaysWhyAndIsAccessibleAndReachesTheButtonByKeyboard(string refusal, string why)
    {
        // Its own app, set up for Entra ID; the page never reaches the provider, which is only read at sign-in.
        await using var app = new FormulateAppFactory(new Dictionary<string, string?>
        {
            ["AzureAd:Instance"] = "https://login.microsoftonline.com/",
            ["AzureAd:TenantId"] = "5e1f0a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b",
            ["AzureAd:ClientId"] = "formulate",
            ["AzureAd:ClientSecret"] = "not-used-by-this-test",
            ["Formulate:Sso:OrganisationName"] = "Northby Council",
            ["Formulate:Sso:RoleMappings:Formulate.Practitioner"] = "Practitioner",
        });
        app.StartServer();
        var page = await fixture.NewPageAsync(app);

        await page.GotoAsync($"/sign-in?ssoFailed={refusal}");

        var summary = await page.Locator(".staff-error-summary").InnerTextAsync();
        await page.WaitForFunctionAsync("() => document.activeElement?.classList.contains('staff-error-summary')");
        (await page.Locator(".staff-error-summary a").GetAttributeAsync("href")).ShouldBe("#sso-sign-in");
        summary.ShouldContain($"Signing in with Northby Council did not work: {why}");
        await Axe.AssertAccessibleAsync(page);
        var link = await Keyboard.TabToLinkAsync(page, "Sign in with Northby Council");
        link.Tag.ShouldBe("A", StringCompareShould.IgnoreCase);
    }
}
