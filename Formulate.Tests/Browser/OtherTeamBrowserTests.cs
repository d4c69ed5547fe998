using System.Text;
using Formulate.Data.Seeding;
using Formulate.Tests.Browser.Support;
using Formulate.Tests.Web.Support;
using Microsoft.Playwright;

namespace Formulate.Tests.Browser;

/// <summary>
/// A practitioner who moves inside the open app to another team's person, as a link or the browser's console could, gets
/// the forbidden page, and nothing of that person ever reaches their browser: not on the page, not in the connection.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class OtherTeamBrowserTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("")]
    [InlineData("/change-details")]
    [InlineData("/letter")]
    public async Task MoveInsideTheApp_AnotherTeamsPerson_ForbiddenWithNothingOfThemSent(string page)
    {
        // DEMO-0004, Samuel Okafor of 88 Harbour Street, is on the South team's caseload; demo.practitioner works in North.
        var south = await DemoRecords.PersonIdAsync(fixture.App.Services, "DEMO-0004");
        var browser = await fixture.NewPageAsync();
        var received = new List<byte[]>();
        browser.WebSocket += (_, socket) => socket.FrameReceived += (_, frame) =>
        {
            lock (received)
            {
                received.Add(frame.Binary ?? Encoding.UTF8.GetBytes(frame.Text ?? ""));
            }
        };
        await SignIn.AsAsync(browser, "demo.practitioner");
        await Pages.OpenAsync(browser, "/caseload");

        await browser.EvaluateAsync("path => Blazor.navigateTo(path)", $"/people/{south}{page}");

        await Pages.AddressAsync(browser, url => new Uri(url).AbsolutePath == "/forbidden");
        await browser.GetByRole(AriaRole.Heading, new() { Name = "You do not have permission to see this page" }).WaitForAsync();
        await Axe.AssertAccessibleAtBothWidthsAsync(browser);
        byte[][] frames;
        lock (received)
        {
            frames = [.. received];
        }

        frames.ShouldNotBeEmpty("the page's connection was watched");
        foreach (var secret in new[] { "Okafor", "DEMO-0004", "Harbour Street", DemoAccounts.SouthTeam })
        {
            frames.Any(frame => Contains(frame, Encoding.UTF8.GetBytes(secret))).ShouldBeFalse($"'{secret}' was sent to the browser");
        }

        (await browser.ContentAsync()).ShouldNotContain("Okafor");
    }

    private static bool Contains(byte[] frame, byte[] text) => frame.AsSpan().IndexOf(text) >= 0;
}
