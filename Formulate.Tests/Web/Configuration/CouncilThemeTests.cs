using Formulate.Data.Parameters;
using Formulate.Engine.Parameters;
using Formulate.Tests.Web.Configuration.Support;
using Formulate.Tests.Web.Support;
using Formulate.Web.Configuration;
using Formulate.Web.Components.Staff;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Configuration;

/// <summary>The council's colour and logo, set on the council details page and worn by every staff screen once published.</summary>
public sealed class CouncilThemeTests
{
    /// <summary>A 1 by 1 pixel PNG.</summary>
    internal static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    [Fact]
    public async Task Save_ColourWhiteTextCannotBeReadOn_SaysWhyKeepsEverythingTypedAndSavesNothing()
    {
        using var council = await CouncilDetailsForm.OpenAsync();

        var page = await council.RefusedAsync(council.SaveWithLogoAsync(new Dictionary<string, string>
        {
            ["CouncilName"] = "Demo Borough Council",
            ["Telephone"] = "0300 999 0000",
            ["Reasons"] = "Needs not captured",
            ["PrimaryColour"] = "#ffdd00",
        }, "logo.png", Png));

        page.Document.Title!.ShouldStartWith("Error: ");
        page.ErrorSummary.ShouldBe(["The colour has a contrast of 1.3:1 with white; choose a darker colour with at least 4.5:1, so that white text on it and links in it can be read"]);
        page.Document.QuerySelector(".staff-error-summary a")!.GetAttribute("href").ShouldBe("#PrimaryColour");
        page.InlineError("PrimaryColour").ShouldStartWith("The colour has a contrast of 1.3:1");
        page.Document.GetElementById("PrimaryColour")!.GetAttribute("value").ShouldBe("#ffdd00");
        page.Document.GetElementById("Telephone")!.GetAttribute("value").ShouldBe("0300 999 0000");
        // The logo chosen is not lost with the colour: it is carried to the next post and shown.
        var carried = page.Document.QuerySelector("input[name=LogoUploaded]")!.GetAttribute("value");
        carried.ShouldBe("data:image/png;base64," + Convert.ToBase64String(Png));
        page.Document.QuerySelector("#logo-preview img")!.GetAttribute("src").ShouldBe(carried);
        (await council.DraftAsync()).ShouldBeNull();

        var corrected = await council.SaveAsync(
            new Dictionary<string, string>
            {
                ["CouncilName"] = "Demo Borough Council",
                ["Telephone"] = "0300 999 0000",
                ["Reasons"] = "Needs not captured",
                ["PrimaryColour"] = "#0B5D1E",
            },
            from: page);

        corrected.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
        var saved = await council.DraftCouncilAsync();
        saved.PrimaryColour.ShouldBe("#0b5d1e");
        saved.Logo.ShouldBe(carried);
        saved.Telephone.ShouldBe("0300 999 0000");
    }

    [Theory]
    [InlineData("green")]
    [InlineData("#0b5d1")]
    [InlineData("#0b5d1g")]
    public async Task Save_ColourNotWrittenAsHex_AsksForItAndSavesNothing(string colour)
    {
        using var council = await CouncilDetailsForm.OpenAsync();

        var page = await council.RefusedAsync(council.SaveAsync(new Dictionary<string, string>
        {
            ["CouncilName"] = "Demo Borough Council",
            ["Reasons"] = "Needs not captured",
            ["PrimaryColour"] = colour,
        }));

        page.ErrorSummary.ShouldBe(["Enter the colour as # and six hexadecimal digits, like #1d4f91"]);
        page.Document.GetElementById("PrimaryColour")!.GetAttribute("value").ShouldBe(colour);
        (await council.DraftAsync()).ShouldBeNull();
    }

    [Theory]
    [InlineData("notes.txt", "Just some words", "The logo must be a PNG or SVG image")]
    [InlineData("logo.svg", "<!DOCTYPE svg [<!ENTITY x \"y\">]><svg xmlns=\"http://www.w3.org/2000/svg\">&x;</svg>", "The logo must be a PNG or SVG image")]
    [InlineData("logo.svg", "<html xmlns=\"http://www.w3.org/1999/xhtml\"></html>", "The logo must be a PNG or SVG image")]
    [InlineData("empty.png", "", "The chosen file is empty; choose the logo as a PNG or SVG image")]
    public async Task Save_LogoNotAPngOrSvg_SaysWhyAndSavesNothing(string fileName, string content, string message)
    {
        using var council = await CouncilDetailsForm.OpenAsync();

        var page = await council.RefusedAsync(council.SaveWithLogoAsync(new Dictionary<string, string>
        {
            ["CouncilName"] = "Demo Borough Council",
            ["Reasons"] = "Needs not captured",
        }, fileName, System.Text.Encoding.UTF8.GetBytes(content)));

        page.ErrorSummary.ShouldBe([message]);
        page.Document.QuerySelector(".staff-error-summary a")!.GetAttribute("href").ShouldBe("#Logo");
        page.Document.GetElementById("Logo")!.GetAttribute("aria-describedby").ShouldBe("Logo-hint Logo-error");
        (await council.DraftAsync()).ShouldBeNull();
    }

    [Fact]
    public async Task Save_LogoOver100KB_SaysHowLargeAndSavesNothing()
    {
        using var council = await CouncilDetailsForm.OpenAsync();
        var large = new byte[150 * 1024];
        Png.CopyTo(large, 0);

        var page = await council.RefusedAsync(council.SaveWithLogoAsync(new Dictionary<string, string>
        {
            ["CouncilName"] = "Demo Borough Council",
            ["Reasons"] = "Needs not captured",
        }, "logo.png", large));

        page.ErrorSummary.ShouldBe(["The logo must be 100 KB or smaller; this one is 150 KB"]);
        (await council.DraftAsync()).ShouldBeNull();
    }

    [Fact]
    public async Task Publish_ColourAndSvgLogo_EveryStaffScreenWearsTheColourAndShowsTheLogoNamedForTheCouncil()
    {
        using var council = await CouncilDetailsForm.OpenAsync();
        var before = await council.Session.GetPageAsync("/configuration");
        before.Document.QuerySelector(".staff-app-bar__service img").ShouldBeNull();
        ThemeStyle(before).ShouldContain("--mud-palette-primary: rgba(29,79,145,1);");
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\" fill=\"#0b5d1e\"/></svg>";

        (await council.SaveWithLogoAsync(new Dictionary<string, string>
        {
            ["CouncilName"] = "Demo Borough Council",
            ["Reasons"] = "Needs not captured",
            ["PrimaryColour"] = "#0b5d1e",
        }, "logo.svg", System.Text.Encoding.UTF8.GetBytes(svg))).StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
        var draft = (await council.DraftAsync())!;
        var today = council.Factory.Services.GetRequiredService<ConfigurationDrafts>().Today;
        (await council.Factory.Services.GetRequiredService<ParameterVersions>().PublishAsync(draft.Id, today, "demo.config", draft.Version)).Succeeded.ShouldBeTrue();

        var after = await council.Session.GetPageAsync("/configuration");

        // #0b5d1e is red 11, green 93, blue 30.
        ThemeStyle(after).ShouldContain("--mud-palette-primary: rgba(11,93,30,1);");
        var logo = after.Document.QuerySelector(".staff-app-bar__service img").ShouldNotBeNull();
        logo.GetAttribute("alt").ShouldBe("Demo Borough Council");
        logo.GetAttribute("src").ShouldBe("data:image/svg+xml;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(svg)));
        after.Document.QuerySelector(".staff-app-bar__service")!.TextContent.ShouldNotContain("Demo Borough Council");
    }

    [Fact]
    public async Task Save_RemoveTheLogo_TakesItOutOfTheDraft()
    {
        using var council = await CouncilDetailsForm.OpenAsync();
        var drafts = council.Factory.Services.GetRequiredService<ConfigurationDrafts>();
        var logo = "data:image/png;base64," + Convert.ToBase64String(Png);
        (await drafts.EditAsync(ParameterSetKind.Configuration, set => set with { Council = set.Council! with { Logo = logo } }, "demo.config")).Succeeded.ShouldBeTrue();
        var form = await council.Session.GetPageAsync("/configuration/council");
        form.Document.QuerySelector("#logo-preview img")!.GetAttribute("src").ShouldBe(logo);

        await council.SaveAsync(
            new Dictionary<string, string>
            {
                ["CouncilName"] = "Demo Borough Council",
                ["Reasons"] = "Needs not captured",
                ["RemoveLogo"] = "yes",
            },
            from: form);

        (await council.DraftCouncilAsync()).Logo.ShouldBeNull();
    }

    private static string ThemeStyle(HtmlPage page) =>
        string.Join("\n", page.Document.QuerySelectorAll("style").Select(style => style.TextContent));
}
