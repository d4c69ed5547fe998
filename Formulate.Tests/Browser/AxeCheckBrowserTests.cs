using Formulate.Tests.Browser.Support;
using Microsoft.Playwright;

namespace Formulate.Tests.Browser;

/// <summary>The accessibility check every screen's test relies on fails a page that breaks WCAG, and names what breaks.</summary>
[Collection(SecondBrowserTestGroup.Name)]
public sealed class AxeCheckBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task AssertAccessible_PageWithAnUnlabelledBoxAndFaintText_FailsNamingEach()
    {
        var page = await PageAsync("""
            <p style="color:#ccc;background:#fff">Text too faint to read</p>
            <input type="text">
            """);

        // Caught by hand: Shouldly passes its own assertion failures through Should.ThrowAsync.
        string? failure = null;
        try
        {
            await Axe.AssertAccessibleAsync(page);
        }
        catch (ShouldAssertException e)
        {
            failure = e.Message;
        }

        failure.ShouldNotBeNull("a page breaking WCAG passed the check");
        failure.ShouldContain("color-contrast");
        failure.ShouldContain("label (Form elements must have labels)");
    }

    [Fact]
    public async Task AssertAccessible_SamePageMended_Passes()
    {
        var page = await PageAsync("""
            <p style="color:#333;background:#fff">Text dark enough to read</p>
            <label for="name">Name</label><input id="name" type="text">
            """);

        await Axe.AssertAccessibleAsync(page);
    }

    private async Task<IPage> PageAsync(string content)
    {
        var page = await fixture.NewPageAsync();
        await page.SetContentAsync($"""
            <!doctype html><html lang="en"><head><title>Test page</title></head>
            <body><main><h1>Test page</h1>{content}</main></body></html>
            """);
        return page;
    }
}
