using System.Text.Json;
using Formulate.Tests.Web.Components.Support;
using Microsoft.Playwright;

namespace Formulate.Tests.Browser.Support;

/// <summary>Runs axe-core in the page and fails on any WCAG 2.2 A or AA violation.</summary>
internal static class Axe
{
    private static readonly Lazy<string> Script = new(() => File.ReadAllText(RepoRoot.Combine("node_modules", "axe-core", "axe.min.js")));

    /// <summary>Checks the page at its own width and again at 320 px, where it must reflow (WCAG 1.4.10), then restores the width.</summary>
    public static async Task AssertAccessibleAtBothWidthsAsync(IPage page)
    {
        await AssertAccessibleAsync(page);
        var size = page.ViewportSize;
        await Pages.ReflowsAt320Async(page);
        if (size is not null)
        {
            await page.SetViewportSizeAsync(size.Width, size.Height);
            await Pages.SettledAsync(page);
        }
    }

    public static async Task AssertAccessibleAsync(IPage page)
    {
        await Pages.SettledAsync(page);
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
        {
            // Evaluated rather than added as a script element: the content security policy refuses inline scripts.
            await page.EvaluateAsync("() => {\n" + Script.Value + "\n}");
        }

        var violations = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const results = await axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
                // Every rule still runs; only the details of what passed are left out, which take a third of the time.
                resultTypes: ['violations'],
              });
              return results.violations.map(v => ({ id: v.id, help: v.help, nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary) }));
            }
            """);
        var problems = violations.EnumerateArray()
            .Select(v => $"{v.GetProperty("id").GetString()} ({v.GetProperty("help").GetString()}): " +
                         string.Join("; ", v.GetProperty("nodes").EnumerateArray().Select(n => n.GetString())))
            .ToList();
        problems.ShouldBeEmpty($"axe found WCAG violations on {page.Url}");
    }
}
