using System.Diagnostics;
using Microsoft.Playwright;

namespace Formulate.Tests.Browser.Support;

/// <summary>Steps the browser tests share: open a screen once it is interactive, answer a question and wait for the save.</summary>
internal static class Pages
{
    /// <summary>Opens a screen, waits until it handles input, and checks it with axe.</summary>
    public static async Task OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await ReadyAsync(page);
    }

    /// <summary>The page's main content once the page has connected and handles input.</summary>
    public static ILocator Connected(IPage page) => page.Locator("main[data-interactive]");

    /// <summary>Waits until the screen is interactive, then checks it with axe.</summary>
    public static async Task ReadyAsync(IPage page)
    {
        await Connected(page).WaitForAsync();
        await Axe.AssertAccessibleAsync(page);
    }

    /// <summary>
    /// Waits for a move to another page inside the open app to finish: its address changes before it is drawn, and once
    /// it is, its heading takes focus. A key pressed in between could land on the page being left.
    /// </summary>
    public static async Task MovedToAsync(IPage page, Func<string, bool> url)
    {
        await AddressAsync(page, url, loaded: null);
        await page.WaitForFunctionAsync("() => document.activeElement?.tagName === 'H1'");
    }

    /// <summary>
    /// Waits for the address to match, then for the page at it to reach <paramref name="loaded"/> (null: not at all).
    /// Playwright's own WaitForURLAsync reads the address and only then starts listening for a navigation, so a move
    /// that lands in between, as a move inside the app can a moment after the key press that made it, is never seen and
    /// the test waits out its timeout. Reading the address until it matches cannot miss it.
    /// </summary>
    public static async Task AddressAsync(IPage page, Func<string, bool> url, LoadState? loaded = LoadState.Load)
    {
        var waiting = Stopwatch.StartNew();
        while (!url(page.Url))
        {
            if (waiting.Elapsed > BrowserFixture.Timeout)
            {
                throw new TimeoutException($"The address was still {page.Url} after {BrowserFixture.Timeout.TotalSeconds:0} seconds");
            }

            await Task.Delay(25);
        }

        if (loaded is { } state)
        {
            await page.WaitForLoadStateAsync(state);
        }
    }

    public static ILocator Radio(IPage page, string questionId, string code) =>
        page.Locator($"input[type=radio][name=\"{questionId}\"][value=\"{code}\"]");

    /// <summary>Chooses an answer by its label, as a person would, and waits until the server has saved it.</summary>
    public static async Task AnswerAsync(IPage page, string questionId, string code)
    {
        var radio = Radio(page, questionId, code);
        var id = await radio.GetAttributeAsync("id");
        var saves = await SavesAsync(page);
        await page.Locator($"label[for=\"{id}\"]").ClickAsync();
        await WaitForSaveAsync(page, saves);
    }

    public static Task<int> SavesAsync(IPage page) =>
        page.Locator("#questions").GetAttributeAsync("data-saves").ContinueWith(t => int.Parse(t.Result ?? "0", System.Globalization.CultureInfo.InvariantCulture), TaskScheduler.Default);

    public static async Task WaitForSaveAsync(IPage page, int savesBefore) =>
        await page.WaitForFunctionAsync(
            "before => Number(document.querySelector('#questions')?.dataset.saves ?? 0) > before", savesBefore);

    /// <summary>
    /// Narrows the window to 320 px and waits for the page to reflow into it with no sideways scroll (1.4.10), as it
    /// does once MudBlazor has laid it out again for the narrow screen, then checks it with axe. A page that does not
    /// fit is reported with the element that sticks out furthest, to say where to look.
    /// </summary>
    public static async Task ReflowsAt320Async(IPage page)
    {
        await page.SetViewportSizeAsync(320, 640);
        await SettledAsync(page);
        try
        {
            await page.WaitForFunctionAsync("() => document.documentElement.scrollWidth <= 320", null, new() { Timeout = 5_000 });
        }
        catch (TimeoutException)
        {
            var widest = await page.EvaluateAsync<string>(WidestElementScript);
            throw new Shouldly.ShouldAssertException(
                $"{page.Url} is {await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")} px wide at 320 px; furthest out: {widest}");
        }

        await Axe.AssertAccessibleAsync(page);
    }

    /// <summary>
    /// Waits for the page to be styled and still: every stylesheet loaded, and its CSS transitions ended, such as MudBlazor
    /// sliding the page beside the menu or out from under it when the width changes. axe's target-size check and a
    /// picture taken before then see the page as nobody does.
    /// </summary>
    public static async Task SettledAsync(IPage page) =>
        await page.WaitForFunctionAsync("""
            () => [...document.querySelectorAll('link[rel=stylesheet]')].every(link => link.sheet)
              && document.getAnimations().every(animation => animation.playState !== 'running')
            """);

    private const string WidestElementScript = """
        () => {
          let widest = null, right = 0;
          for (const element of document.body.querySelectorAll('*')) {
            const box = element.getBoundingClientRect();
            if (box.right > right) { right = box.right; widest = element; }
          }
          return widest ? `${widest.tagName.toLowerCase()}.${[...widest.classList].join('.')} "${(widest.textContent ?? '').trim().slice(0, 60)}" to ${Math.round(right)} px` : 'nothing';
        }
        """;

    /// <summary>
    /// Writes the page into docs/screenshots when FORMULATE_REFRESH_SCREENSHOTS=1; otherwise does nothing, since a full-page
    /// picture takes a second or two and checks nothing.
    /// </summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("FORMULATE_REFRESH_SCREENSHOTS") != "1")
        {
            return;
        }

        await SettledAsync(page);
        var path = Formulate.Tests.Web.Components.Support.RepoRoot.Combine("docs", "screenshots", name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
    }
}
