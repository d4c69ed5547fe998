using Formulate.Tests.Browser.Support;
using Microsoft.Playwright;

namespace Formulate.Tests.Browser;

/// <summary>
/// The warning before the session timeout, on an open interactive page. Each test has its own app with its own timeout and
/// warning, and moves the page's clock rather than waiting: the server's clock runs as ever, so the session is still
/// live there and only the page's own count is tested.
/// </summary>
[Collection(SecondBrowserTestGroup.Name)]
public sealed class TimeoutWarningBrowserTests(BrowserFixture fixture)
{
    private const int TimeoutMinutes = 25;

    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Formulate:SignIn:SessionTimeoutMinutes"] = $"{TimeoutMinutes}",
        ["Formulate:SignIn:TimeoutWarningSeconds"] = "90",
    };

    [Fact]
    public async Task SignInPage_BackFromTheOrganisationsSignOutAtTheTimeout_SaysWhyOnce()
    {
        var page = await fixture.NewPageAsync();

        // Where the provider sends the browser back after its own sign-out: the sign-in page with why the session ended.
        await page.GotoAsync("/sign-in?ended=idle");

        (await page.Locator("#session-ended").InnerTextAsync()).ShouldContain("you had not done anything for 20 minutes");
        await page.WaitForFunctionAsync("() => location.search === ''");
        await Axe.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task OpenPage_NearTheTimeout_WarnsAndStaysSignedInByKeyboard()
    {
        await using var app = new FormulateAppFactory(Settings);
        app.StartServer();
        var page = await OpenAuditLogAsync(app);
        var before = await Keyboard.TabToLinkAsync(page, "Change password");

        await JumpAsync(page, TimeSpan.FromMinutes(TimeoutMinutes - 1));

        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "You're about to be signed out" });
        await dialog.WaitForAsync();
        (await dialog.GetAttributeAsync("aria-modal")).ShouldBe("true");
        (await dialog.InnerTextAsync()).ShouldContain("we will sign you out in");
        // Screen readers hear the minute, not every second of the countdown.
        (await dialog.Locator("[aria-live]").InnerTextAsync()).ShouldBe("We will sign you out in 1 minute.");
        (await page.EvaluateAsync<bool>("() => document.activeElement === document.getElementById('timeout-warning')")).ShouldBeTrue();
        // Staff screens load no GOV.UK styles: the warning has the staff look, and its announcement is seen by no one.
        (await dialog.EvaluateAsync<string>("e => getComputedStyle(e).borderTopWidth")).ShouldBe("4px");
        (await dialog.Locator("[aria-live]").EvaluateAsync<double>("e => e.getBoundingClientRect().width")).ShouldBeLessThanOrEqualTo(1);
        (await dialog.GetByRole(AriaRole.Button, new() { Name = "Stay signed in" }).EvaluateAsync<double>("e => e.getBoundingClientRect().height")).ShouldBeGreaterThanOrEqualTo(44);
        await Axe.AssertAccessibleAsync(page);
        await Keyboard.TabToButtonAsync(page, "Stay signed in");
        (await Keyboard.TabToAsync(page, _ => true)).Text.ShouldBe("Sign out");
        (await Keyboard.TabToAsync(page, _ => true)).Text.ShouldBe("Stay signed in", "Tab stays within the warning");

        var keptAlive = await page.RunAndWaitForResponseAsync(
            () => page.Keyboard.PressAsync("Enter"), response => response.Url.EndsWith("/session/keep-alive", StringComparison.Ordinal));

        keptAlive.Status.ShouldBe(204);
        await dialog.WaitForAsync(new() { State = WaitForSelectorState.Hidden });
        (await Keyboard.FocusedAsync(page)).Text.ShouldBe(before.Text);
        await JumpAsync(page, TimeSpan.FromMinutes(TimeoutMinutes - 2));
        await page.WaitForTimeoutAsync(2_000);
        (await dialog.IsVisibleAsync()).ShouldBeFalse("the session was renewed");
        await JumpAsync(page, TimeSpan.FromMinutes(1.5));
        await dialog.WaitForAsync();
        var escaped = await page.RunAndWaitForResponseAsync(
            () => page.Keyboard.PressAsync("Escape"), response => response.Url.EndsWith("/session/keep-alive", StringComparison.Ordinal));
        escaped.Status.ShouldBe(204);
        await dialog.WaitForAsync(new() { State = WaitForSelectorState.Hidden });
        new Uri(page.Url).AbsolutePath.ShouldBe("/audit");
    }

    [Fact]
    public async Task OpenPage_LeftAlone_SignsOutSayingWhy()
    {
        await using var app = new FormulateAppFactory(Settings);
        app.StartServer();
        var page = await OpenAuditLogAsync(app);

        await JumpAsync(page, TimeSpan.FromMinutes(TimeoutMinutes - 1));
        await page.GetByRole(AriaRole.Dialog, new() { Name = "You're about to be signed out" }).WaitForAsync();
        await JumpAsync(page, TimeSpan.FromMinutes(1));

        await page.Locator("#session-ended").WaitForAsync();
        new Uri(page.Url).AbsolutePath.ShouldBe("/sign-in");
        (await page.Locator("#session-ended").InnerTextAsync())
            .ShouldContain($"You were signed out because you had not done anything for {TimeoutMinutes} minutes. Anything you had saved is kept.");
        await Axe.AssertAccessibleAsync(page);
        await page.GotoAsync("/audit");
        await Pages.AddressAsync(page, url => url.EndsWith("/sign-in?ReturnUrl=%2Faudit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OpenPage_WorkedIn_KeepsTheSessionGoingAtMostOnceAMinute()
    {
        await using var app = new FormulateAppFactory(Settings);
        app.StartServer();
        var page = await OpenAuditLogAsync(app);
        var keepAlives = 0;
        page.Request += (_, request) => keepAlives += request.Url.EndsWith("/session/keep-alive", StringComparison.Ordinal) ? 1 : 0;

        await JumpAsync(page, TimeSpan.FromMinutes(2));
        var keptAlive = await page.RunAndWaitForResponseAsync(
            () => Keyboard.TabToLinkAsync(page, "Change password"), response => response.Url.EndsWith("/session/keep-alive", StringComparison.Ordinal));
        keptAlive.Status.ShouldBe(204);
        await Keyboard.TabToLinkAsync(page, "Change password");
        await page.WaitForTimeoutAsync(500);
        keepAlives.ShouldBe(1);

        // Past the timeout counted from the page's load, but not from the work in it.
        await JumpAsync(page, TimeSpan.FromMinutes(TimeoutMinutes - 2));
        await page.WaitForTimeoutAsync(2_000);

        (await page.GetByRole(AriaRole.Dialog).IsVisibleAsync()).ShouldBeFalse();
        new Uri(page.Url).AbsolutePath.ShouldBe("/audit");
    }

    private async Task<IPage> OpenAuditLogAsync(FormulateAppFactory app)
    {
        var page = await fixture.NewPageAsync(app);
        // Before any of the app's scripts run, so that the page's clock can be moved.
        await page.Clock.InstallAsync();
        await SignIn.AsAsync(page, "demo.auditor");
        await Pages.OpenAsync(page, "/audit");
        return page;
    }

    /// <summary>
    /// Moves the page's clock on without firing its timers at once: jumping them would also fire Blazor's own connection
    /// timeout and drop the open page's connection. The page's once-a-second timer then sees the new time.
    /// </summary>
    private static async Task JumpAsync(IPage page, TimeSpan by)
    {
        var now = await page.EvaluateAsync<double>("() => Date.now()");
        await page.Clock.SetSystemTimeAsync(DateTimeOffset.FromUnixTimeMilliseconds((long)(now + by.TotalMilliseconds)).UtcDateTime);
    }
}
