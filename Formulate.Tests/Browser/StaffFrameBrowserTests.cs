using System.Text.Json;
using Formulate.Tests.Browser.Support;
using Microsoft.Playwright;

namespace Formulate.Tests.Browser;

/// <summary>
/// The staff frame in a real browser: the fixed app bar never hides the focused control (2.4.11), the focus ring is seen
/// (3:1 against what it sits on), the menu works by keyboard on a narrow screen, and the menu's links keep their ids.
/// </summary>
[Collection(SecondBrowserTestGroup.Name)]
public sealed class StaffFrameBrowserTests(BrowserFixture fixture)
{
    // Where the focused control is against the app bar and the window, and its focus ring's colour, width and contrast
    // against the colour behind it (the first ancestor with a background, else white).
    private const string FocusReport = """
        () => {
          const channel = (v) => { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
          const rgb = (text) => (text.match(/\d+(\.\d+)?/g) || []).map(Number);
          const luminance = ([r, g, b]) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
          const ratio = (a, b) => { const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x); return (l1 + 0.05) / (l2 + 0.05); };
          const e = document.activeElement;
          if (e === document.body || !e) { return { text: 'BODY', inFrame: true }; }
          let behind = [255, 255, 255];
          for (let node = e.parentElement; node; node = node.parentElement) {
            const colour = rgb(getComputedStyle(node).backgroundColor);
            if (colour.length >= 3 && (colour.length === 3 || colour[3] > 0.5)) { behind = colour.slice(0, 3); break; }
          }
          const style = getComputedStyle(e);
          const box = e.getBoundingClientRect();
          const bar = document.querySelector('.staff-app-bar').getBoundingClientRect();
          return {
            text: (e.innerText || e.value || e.id || e.tagName).trim().slice(0, 60),
            inFrame: !!e.closest('.staff-app-bar, .staff-drawer, .staff-skip-link'),
            // Focus inside a control's own parts (a date field's calendar button): the browser draws that ring itself.
            ownParts: !e.matches(':focus'),
            top: box.top, bottom: box.bottom, barBottom: bar.bottom, windowHeight: window.innerHeight,
            outline: style.outlineStyle, outlineWidth: parseFloat(style.outlineWidth),
            outlineContrast: ratio(rgb(style.outlineColor).slice(0, 3), behind),
          };
        }
        """;

    [Fact]
    public async Task TabThroughALongPage_EveryFocusedControlIsBelowTheAppBarWithARingOfAtLeast3To1()
    {
        var page = await fixture.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 600);
        await SignIn.AsAsync(page, "demo.auditor");
        await Pages.OpenAsync(page, "/audit");
        await page.Locator("#audit-entries tbody tr td").First.WaitForAsync();

        var seen = 0;
        var inPage = 0;
        var scrolled = 0d;
        for (var presses = 0; presses < 120; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            // The browser scrolls the control into view, and staff.js clears it of the bar, in the frame after focus moves.
            await page.WaitForTimeoutAsync(40);
            var focused = await page.EvaluateAsync<JsonElement>(FocusReport);
            var text = focused.GetProperty("text").GetString();
            if (text == "BODY")
            {
                break;
            }

            seen++;
            scrolled = Math.Max(scrolled, await page.EvaluateAsync<double>("() => window.scrollY"));
            if (!focused.GetProperty("ownParts").GetBoolean())
            {
                focused.GetProperty("outline").GetString().ShouldNotBe("none", $"no focus ring on {text}");
                focused.GetProperty("outlineWidth").GetDouble().ShouldBeGreaterThanOrEqualTo(2, $"focus ring on {text}");
                focused.GetProperty("outlineContrast").GetDouble().ShouldBeGreaterThanOrEqualTo(3, $"focus ring on {text}");
            }

            if (!focused.GetProperty("inFrame").GetBoolean())
            {
                inPage++;
                focused.GetProperty("top").GetDouble().ShouldBeGreaterThanOrEqualTo(focused.GetProperty("barBottom").GetDouble(), $"{text} is under the app bar");
                focused.GetProperty("bottom").GetDouble().ShouldBeLessThanOrEqualTo(focused.GetProperty("windowHeight").GetDouble() + 1, $"{text} is below the window");
            }
        }

        seen.ShouldBeGreaterThan(15, "the audit log's controls, its grid's sort buttons and its entries' details were tabbed through");
        inPage.ShouldBeGreaterThan(10);
        scrolled.ShouldBeGreaterThan(0, "the page was long enough for focus to move it under the app bar");
    }

    [Fact]
    public async Task ShiftTabBackUpALongPage_TheFocusedControlComesOutFromUnderTheAppBar()
    {
        var page = await fixture.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 600);
        await SignIn.AsAsync(page, "demo.auditor");
        await Pages.OpenAsync(page, "/audit");
        await page.Locator("#audit-entries tbody tr td").First.WaitForAsync();
        await page.Locator("#audit-entries summary").Last.FocusAsync();

        for (var presses = 0; presses < 30; presses++)
        {
            await page.Keyboard.PressAsync("Shift+Tab");
            await page.WaitForTimeoutAsync(40);
            var focused = await page.EvaluateAsync<JsonElement>(FocusReport);
            if (focused.GetProperty("text").GetString() == "BODY")
            {
                break;
            }

            if (!focused.GetProperty("inFrame").GetBoolean())
            {
                focused.GetProperty("top").GetDouble().ShouldBeGreaterThanOrEqualTo(focused.GetProperty("barBottom").GetDouble(), $"{focused.GetProperty("text").GetString()} is under the app bar");
            }
        }
    }

    [Fact]
    public async Task NarrowScreen_MenuOpensAndIsFollowedByKeyboardAlone()
    {
        var page = await fixture.NewPageAsync();
        await page.SetViewportSizeAsync(320, 640);
        await SignIn.AsAsync(page, "demo.auditor");
        await Pages.OpenAsync(page, "/audit");
        var button = page.Locator(".staff-menu-button");
        (await button.GetAttributeAsync("aria-expanded")).ShouldBe("false");
        (await page.Locator("#staff-menu").IsVisibleAsync()).ShouldBeFalse("the menu is closed on a narrow screen until asked for");
        (await button.GetAttributeAsync("aria-controls")).ShouldBe("staff-menu");

        var focused = await Keyboard.TabToAsync(page, f => f.Tag == "button" && f.Text == "Menu", limit: 5);
        focused.Text.ShouldBe("Menu");
        await page.Keyboard.PressAsync("Enter");

        (await button.GetAttributeAsync("aria-expanded")).ShouldBe("true");
        (await page.Locator("#staff-menu").IsVisibleAsync()).ShouldBeTrue();
        (await Keyboard.FocusedAsync(page)).Text.ShouldBe("Audit log", "opening the menu puts focus on its first link");
        await Axe.AssertAccessibleAsync(page);

        await Keyboard.TabToLinkAsync(page, "How budgets are worked out");
        await page.Keyboard.PressAsync("Enter");
        await Pages.AddressAsync(page, url => new Uri(url).AbsolutePath == "/method", loaded: null);
    }

    [Fact]
    public async Task NarrowScreen_EscapeInTheOpenMenu_ClosesItAndReturnsToItsButton()
    {
        var page = await fixture.NewPageAsync();
        await page.SetViewportSizeAsync(320, 640);
        await SignIn.AsAsync(page, "demo.auditor");
        await Pages.OpenAsync(page, "/audit");
        await page.Locator(".staff-menu-button").FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await page.Keyboard.PressAsync("Escape");

        (await page.Locator(".staff-menu-button").GetAttributeAsync("aria-expanded")).ShouldBe("false");
        (await page.Locator("#staff-menu").IsVisibleAsync()).ShouldBeFalse();
        (await Keyboard.FocusedAsync(page)).Text.ShouldBe("Menu");
    }

    [Fact]
    public async Task NarrowScreen_MenuButtonPressedAgain_ClosesTheMenu()
    {
        var page = await fixture.NewPageAsync();
        await page.SetViewportSizeAsync(320, 640);
        await SignIn.AsAsync(page, "demo.auditor");
        await Pages.OpenAsync(page, "/audit");
        var button = page.Locator(".staff-menu-button");
        await button.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await button.FocusAsync();

        await page.Keyboard.PressAsync("Space");

        (await button.GetAttributeAsync("aria-expanded")).ShouldBe("false");
        (await page.Locator("#staff-menu").IsVisibleAsync()).ShouldBeFalse();
    }

    [Fact]
    public async Task Practitioner_WorktrayLinkInTheMenu_KeepsItsIdOnTheLink()
    {
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.practitioner");

        var link = page.Locator("#worktray-link");
        (await link.EvaluateAsync<string>("e => e.tagName")).ShouldBe("A");
        (await link.GetAttributeAsync("href")).ShouldBe("/worktray");
        (await link.InnerTextAsync()).ShouldStartWith("Worktray");
    }

    [Fact]
    public async Task InteractivePage_SnackbarsLiveRegion_IsThereBeforeAnyMessage()
    {
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.auditor");
        await Pages.OpenAsync(page, "/audit");

        (await page.Locator("#mud-snackbar-container").GetAttributeAsync("role")).ShouldBe("status");
    }
}
