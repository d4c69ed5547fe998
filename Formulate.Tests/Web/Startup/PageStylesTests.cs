using Formulate.Tests.Web.Letters.Support;
using Formulate.Tests.Web.Support;

namespace Formulate.Tests.Web.Startup;

/// <summary>Staff screens load MudBlazor and never GOV.UK Frontend; citizen-facing pages load GOV.UK Frontend and never MudBlazor's styles.</summary>
public sealed class PageStylesTests(FormulateWebFactory factory) : IClassFixture<FormulateWebFactory>
{
    private const string MudBlazorStyles = "_content/MudBlazor/MudBlazor";
    private const string GovukStyles = "lib/govuk-frontend/govuk-frontend";

    private static IReadOnlyList<string> Stylesheets(HtmlPage page) =>
        [.. page.Document.QuerySelectorAll("link[rel=stylesheet]").Select(link => link.GetAttribute("href") ?? "")];

    [Fact]
    public async Task StaffScreen_Caseload_LoadsMudBlazorAndNotGovukFrontend()
    {
        using var session = factory.NewSession();
        await session.SignInAsync(await factory.AddAsync(), TestAccounts.Password);

        var page = await session.GetPageAsync("/caseload");

        var styles = Stylesheets(page);
        styles.ShouldContain(href => href.Contains(MudBlazorStyles, StringComparison.Ordinal));
        styles.ShouldContain(href => href.Contains("css/staff", StringComparison.Ordinal));
        styles.ShouldNotContain(href => href.Contains(GovukStyles, StringComparison.Ordinal));
        styles.ShouldNotContain(href => href.Contains("moj-frontend", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StaffScreen_AppBar_NamesTheCouncilAndTheSignedInPerson()
    {
        using var session = factory.NewSession();
        await session.SignInAsync(await factory.AddAsync(), TestAccounts.Password);

        var page = await session.GetPageAsync("/caseload");

        var appBar = page.Document.QuerySelector(".staff-app-bar").ShouldNotBeNull();
        appBar.QuerySelector(".staff-app-bar__council")!.TextContent.Trim().ShouldNotBeNullOrWhiteSpace();
        appBar.QuerySelector(".staff-account__name")!.TextContent.ShouldContain("Test Person");
        page.Document.QuerySelector("nav[aria-label=Menu] a[href='/caseload']").ShouldNotBeNull();
    }

    [Fact]
    public async Task CitizenFacingPage_LetterPreview_LoadsGovukFrontendAndNotMudBlazor()
    {
        var person = await LetterData.AddPersonAsync(factory.Services, "Stella");
        await LetterData.AddApprovedEstimateAsync(factory.Services, person.Id);
        using var session = factory.NewSession();
        await session.SignInAsync(await factory.AddAsync(), TestAccounts.Password);

        var page = await session.GetPageAsync($"/people/{person.Id}/letter");

        var styles = Stylesheets(page);
        styles.ShouldContain(href => href.Contains(GovukStyles, StringComparison.Ordinal));
        styles.ShouldNotContain(href => href.Contains(MudBlazorStyles, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CitizenFacingPage_SelfAssessmentStart_LoadsGovukFrontendAndNotMudBlazor()
    {
        using var session = factory.NewSession();

        var page = await session.GetPageAsync("/self-assessment");

        var styles = Stylesheets(page);
        styles.ShouldContain(href => href.Contains(GovukStyles, StringComparison.Ordinal));
        styles.ShouldNotContain(href => href.Contains(MudBlazorStyles, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CitizenFacingPage_MethodDocument_LoadsGovukFrontendAndNotMudBlazor()
    {
        using var session = factory.NewSession();
        await session.SignInAsync(await factory.AddAsync(), TestAccounts.Password);

        var page = await session.GetPageAsync("/method");

        var styles = Stylesheets(page);
        styles.ShouldContain(href => href.Contains(GovukStyles, StringComparison.Ordinal));
        styles.ShouldNotContain(href => href.Contains(MudBlazorStyles, StringComparison.Ordinal));
    }
}
