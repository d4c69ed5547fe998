using Formulate.Tests.Browser.Support;
using Microsoft.Playwright;

namespace Formulate.Tests.Browser;

[Collection(BrowserTestGroup.Name)]
public sealed class SelfAssessmentSendLimitBrowserTests(BrowserFixture fixture)
{
    /// <summary>The page shown when one address has asked for too many codes passes axe at both widths.</summary>
    [Fact]
    public async Task AskForACode_MoreThanTheHourAllows_ShowsThePageSayingWhenToTryAgainAccessibleAtBothWidths()
    {
        await using var app = new FormulateAppFactory(new Dictionary<string, string?> { ["Formulate:RateLimits:SelfAssessmentSendsPerHour"] = "1" });
        app.StartServer();
        var citizen = await fixture.NewPageAsync(app);

        for (var attempt = 0; attempt < 2; attempt++)
        {
            await citizen.GotoAsync("/self-assessment/return");
            await Keyboard.TabToAsync(citizen, f => f.Name == "Reference");
            await citizen.Keyboard.TypeAsync("SA-ABCD-2346");
            await Keyboard.TabToButtonAsync(citizen, "Send a code");
            await citizen.Keyboard.PressAsync("Enter");
            await citizen.Locator("h1").WaitForAsync();
        }

        await citizen.GetByRole(AriaRole.Heading, new() { Name = "Too many codes asked for" }).WaitForAsync();
        await SelfAssessmentSteps.AccessibleAtBothWidthsAsync(citizen);
    }
}
