using Microsoft.Playwright;

namespace Formulate.Tests.Browser.Support;

/// <summary>Moves through a page with the Tab key only, as a keyboard user does.</summary>
internal static class Keyboard
{
    public static async Task<Focused> FocusedAsync(IPage page) =>
        await page.EvaluateAsync<Focused>("""
            () => {
              const e = document.activeElement;
              // A question of boxes (times of day) is answered once any box in its fieldset is ticked.
              const group = e.type === 'radio' ? document.querySelectorAll(`input[type=radio][name="${CSS.escape(e.name)}"]:checked`).length > 0
                : e.type === 'checkbox' ? (e.closest('fieldset')?.querySelectorAll('input[type=checkbox]:checked').length ?? 0) > 0 : false;
              return { tag: e.tagName.toLowerCase(), type: e.type ?? null, name: e.name ?? null, value: e.value ?? null,
                       groupAnswered: group, text: (e.innerText ?? '').trim() };
            }
            """);

    /// <summary>Presses Tab until the focused element matches, and returns it; fails after too many presses.</summary>
    public static async Task<Focused> TabToAsync(IPage page, Func<Focused, bool> match, int limit = 200)
    {
        for (var presses = 0; presses < limit; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await FocusedAsync(page);
            if (match(focused))
            {
                return focused;
            }
        }

        throw new InvalidOperationException($"Nothing matching was reached with {limit} presses of Tab on {page.Url}");
    }

    public static Task<Focused> TabToLinkAsync(IPage page, string text) =>
        TabToAsync(page, f => f.Tag == "a" && f.Text.StartsWith(text, StringComparison.Ordinal));

    public static Task<Focused> TabToButtonAsync(IPage page, string text) =>
        TabToAsync(page, f => (f.Tag == "button" || f.Tag == "a") && f.Text == text);
}
