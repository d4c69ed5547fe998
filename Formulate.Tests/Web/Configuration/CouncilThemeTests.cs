using Formulate.Data.Parameters;
using Formulate.Engine.Parameters;
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
        using var factory = new FormulateWebFactory();
        using var session = factory.NewSession();
        await session.SignInAsync("demo.config");
        var form = await session.GetPageAsync("/configuration/council");

        var page = await HtmlPage.ReadAsync(await session.SubmitWithFileAsync(form, "form:has(#CouncilName)", new Dictionary<string, string>
        {
            ["CouncilName"] = "Demo Borough Council",
            ["Telephone"] = "0300 999 0000",
            ["Reasons"] = "Needs not captured",
            ["PrimaryColour"] = "#ffdd00",
        }, "Logo", "logo.png", Png), form.Url);

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
        (await factory.Services.GetRequiredService<ParameterVersionStore>().FindDraftAsync(ParameterSetKind.Configuration)).ShouldBeNull();

        var corrected = await session.SubmitAsync(page, "form:has(#CouncilName)", new Dictionary<string, string>
        {
            ["CouncilName"] = "Demo Borough Council",
            ["Telephone"] = "0300 999 0000",
            ["Reasons"] = "Needs not captured",
            ["PrimaryColour"] = "#0B5D1E",
        });

        corrected.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
        var council = await DraftCouncilAsync(factory);
        council.PrimaryColour.ShouldBe("#0b5d1e");
        council.Logo.ShouldBe(carried);
        council.Telephone.ShouldBe("0300 999 0000");
    }

    [Theory]
    [InlineData("green")]
    [InlineData("#0b5d1")]
    [InlineData("#0b5d1g")]
    public async Task Save_ColourNotWrittenAsHex_AsksForItAndSavesNothing(string colour)
    {
        using var factory = new FormulateWebFactory();
        using var session = factory.NewSession();
        await session.SignInAsync("demo.config");
        var form = await session.GetPageAsync("/configuration/council");

        var page = await HtmlPage.ReadAsync(await session.SubmitAsync(form, "form:has(#CouncilName)", new Dictionary<string, string>
        {
            ["CouncilName"] = "Demo Borough Council",
            ["Reasons"] = "Needs not captured",
            ["PrimaryColour"] = colour,
        }), form.Url);

        page.ErrorSummary.ShouldBe(["Enter the colour as # and six hexadecimal digits, like #1d4f91"]);
        page.Document.GetElementById("PrimaryColour")!.GetAttribute("value").ShouldBe(colour);
        (await factory.Services.GetRequiredService<ParameterVersionStore>().FindDraftAsync(ParameterSetKind.Configuration)).ShouldBeNull();
    }

    [Theory]
    [InlineData("notes.txt", "Just some words", "The logo must be a PNG or SVG image")]
    [InlineData("logo.svg", "<!DOCTYPE svg [<!ENTITY x \"y\">]><svg xmlns=\"http://www.w3.org/2000/svg\">&x;</svg>", "The logo must be a PNG or SVG image")]
    [InlineData("logo.svg", "<html xmlns=\"http://www.w3.org/1999/xhtml\"></html>", "The logo must be a PNG or SVG image")]
    [InlineData("empty.png", "", "The chosen file is empty; choose the logo as a PNG or SVG image")]
    public async Task Save_LogoNotAPngOrSvg_SaysWhyAndSavesNothing(string fileName, string content, string message)
    {
        using var factory = new FormulateWebFactory();
        using var session = factory.NewSession();
        await session.SignInAsync("demo.config");
        var form = await session.GetPageAsync("/configuration/council");

        var page = await HtmlPage.ReadAsync(await session.SubmitWithFileAsync(form, "form:has(#CouncilName)", new Dictionary<string, string>
        {
            ["CouncilName"] = "Demo Borough Council",
            ["Reasons"] = "Needs not captured",
        }, "Logo", fileName, System.Text.Encoding.UTF8.GetBytes(content)), form.Url);

        page.ErrorSummary.ShouldBe([message]);
        page.Document.QuerySelector(".staff-error-summary a")!.GetAttribute("href").ShouldBe("#Logo");
        page.Document.GetElementById("Logo")!.GetAttribute("aria-describedby").ShouldBe("Logo-hint Logo-error");
        (await factory.Services.GetRequiredService<ParameterVersionStore>().FindDraftAsync(ParameterSetKind.Configuration)).ShouldBeNull();
    }

    [Fact]
    public async Task Save_LogoOver100KB_SaysHowLargeAndSavesNothing()
    {
        using var factory = new FormulateWebFactory();
        using var session = factory.NewSession();
        await session.SignInAsync("demo.config");
        var form = await session.GetPageAsync("/configuration/council");
        var large = new byte[150 * 1024];
        Png.CopyTo(large, 0);

        var page = await HtmlPage.ReadAsync(await session.SubmitWithFileAsync(form, "form:has(#CouncilName)", new Dictionary<string, string>
        {
            ["CouncilName"] = "Demo Borough Council",
            ["Reasons"] = "Needs not captured",
        }, "Logo", "logo.png", large), form.Url);

        page.ErrorSummary.ShouldBe(["The logo must be 100 KB or smaller; this one is 150 KB"]);
        (await factory.Services.GetRequiredService<ParameterVersionStore>().FindDraftAsync(ParameterSetKind.Configuration)).ShouldBeNull();
    }

    [Fact]
    public async Task Publish_ColourAndSvgLogo_EveryStaffScreenWearsTheColourAndShowsTheLogoNamedForTheCouncil()
    {
        using var factory = new FormulateWebFactory();
        using var session = factory.NewSession();
        await session.SignInAsync("demo.config");
        var form = await session.GetPageAsync("/configuration/council");
        var before = await session.GetPageAsync("/configuration");
        before.Document.QuerySelector(".staff-app-bar__service img").ShouldBeNull();
        ThemeStyle(before).ShouldContain("--mud-palette-primary: rgba(29,79,145,1);");
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\" fill=\"#0b5d1e\"/></svg>";

        (await session.SubmitWithFileAsync(form, "form:has(#CouncilName)", new Dictionary<string, string>
        {
            ["CouncilName"] = "Demo Borough Council",
            ["Reasons"] = "Needs not captured",
            ["PrimaryColour"] = "#0b5d1e",
        }, "Logo", "logo.svg", System.Text.Encoding.UTF8.GetBytes(svg))).StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
        var draft = (await factory.Services.GetRequiredService<ParameterVersionStore>().FindDraftAsync(ParameterSetKind.Configuration))!;
        var today = factory.Services.GetRequiredService<ConfigurationDrafts>().Today;
        (await factory.Services.GetRequiredService<ParameterVersions>().PublishAsync(draft.Id, today, "demo.config", draft.Version)).Succeeded.ShouldBeTrue();

        var after = await session.GetPageAsync("/configuration");

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
        using var factory = new FormulateWebFactory();
        using var session = factory.NewSession();
        await session.SignInAsync("demo.config");
        var drafts = factory.Services.GetRequiredService<ConfigurationDrafts>();
        var logo = "data:image/png;base64," + Convert.ToBase64String(Png);
        (await drafts.EditAsync(ParameterSetKind.Configuration, set => set with { Council = set.Council! with { Logo = logo } }, "demo.config")).Succeeded.ShouldBeTrue();
        var form = await session.GetPageAsync("/configuration/council");
        form.Document.QuerySelector("#logo-preview img")!.GetAttribute("src").ShouldBe(logo);

        await session.SubmitAsync(form, "form:has(#CouncilName)", new Dictionary<string, string>
        {
            ["CouncilName"] = "Demo Borough Council",
            ["Reasons"] = "Needs not captured",
            ["RemoveLogo"] = "yes",
        });

        (await DraftCouncilAsync(factory)).Logo.ShouldBeNull();
    }

    private static string ThemeStyle(HtmlPage page) =>
        string.Join("\n", page.Document.QuerySelectorAll("style").Select(style => style.TextContent));

    private static async Task<CouncilDetails> DraftCouncilAsync(FormulateWebFactory factory) =>
        ParameterVersionStore.Read((await factory.Services.GetRequiredService<ParameterVersionStore>().FindDraftAsync(ParameterSetKind.Configuration)).ShouldNotBeNull()).Council.ShouldNotBeNull();
}
