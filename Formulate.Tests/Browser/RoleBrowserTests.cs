using Formulate.Analysis.Accuracy;
using Formulate.Data.Seeding;
using Formulate.Tests.Accuracy;
using Formulate.Tests.Browser.Support;
using Formulate.Tests.Web.Letters.Support;
using Formulate.Tests.Web.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Formulate.Tests.Browser;

/// <summary>
/// The roles that do one job: business support print letters for their team's people and open nothing else of the case;
/// analysts run accuracy tests and benchmarking and never see a name.
/// </summary>
[Collection(SecondBrowserTestGroup.Name)]
public sealed class RoleBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task BusinessSupport_TeamPersonWithAnEstimate_PrintsTheLetterButCannotOpenTheCase()
    {
        var services = fixture.App.Services;
        var person = await LetterData.AddPersonAsync(services, "Sadie");
        var estimate = await LetterData.AddApprovedEstimateAsync(services, person.Id, "wc02");
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.support");

        var links = await page.Locator("#home-links a").AllInnerTextsAsync();
        links.ShouldContain("Letters");
        links.ShouldNotContain("Caseload");
        await Pages.OpenAsync(page, "/letters");
        (await page.GetByLabel($"Sadie Letterby ({person.CaseReference})").CountAsync()).ShouldBe(1);
        await Axe.AssertAccessibleAtBothWidthsAsync(page);

        await Pages.OpenAsync(page, $"/people/{person.Id}/letter");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Letter for Sadie Letterby", Level = 1 }).WaitForAsync();
        (await page.Locator(".app-letter-preview").InnerTextAsync()).ShouldContain("£703.56 a week");
        (await page.GetByRole(AriaRole.Link, new() { Name = "Back to letters" }).GetAttributeAsync("href")).ShouldBe("/letters");
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Download the letter (PDF)" }).ClickAsync());
        download.SuggestedFilename.ShouldEndWith(".pdf");

        foreach (var path in new[] { $"/people/{person.Id}", $"/profiles/{estimate.NeedsProfileId}", $"/estimates/{estimate.Id}", "/caseload", "/configuration" })
        {
            var response = await page.GotoAsync(path);
            new Uri(page.Url).AbsolutePath.ShouldBe("/forbidden", path);
            response.ShouldNotBeNull().Status.ShouldBe(403, path);
        }

        await Axe.AssertAccessibleAtBothWidthsAsync(page);
    }

    [Fact]
    public async Task BusinessSupport_AnotherTeamsPerson_GetsTheForbiddenPage()
    {
        var south = await LetterData.AddPersonAsync(fixture.App.Services, "Simeon", team: DemoAccounts.SouthTeam);
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.support");

        await page.GotoAsync($"/people/{south.Id}/letter");

        await Pages.AddressAsync(page, url => new Uri(url).AbsolutePath == "/forbidden");
        (await page.ContentAsync()).ShouldNotContain("Simeon");
    }

    [Fact]
    public async Task Analyst_AccuracyReportAndBenchmarking_ShowCaseReferencesAndNoNames()
    {
        // Its own app: the sample it uploads would show in the shared app's yearly review.
        await using var app = new FormulateAppFactory();
        app.StartServer();
        var page = await fixture.NewPageAsync(app);
        await SignIn.AsAsync(page, "demo.analyst");
        var links = await page.Locator("#home-links a").AllInnerTextsAsync();
        links.ShouldBe(["Accuracy testing and calibration", "Yearly performance review", "Benchmarking data"]);

        await page.GotoAsync("/accuracy");
        await page.GetByLabel("Name of the sample").FillAsync("Analyst's sample");
        var sample = SampleFiles.Valid();
        await page.GetByLabel("Sample file").SetInputFilesAsync(new FilePayload { Name = "sample.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(sample.Text) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and check the sample" }).ClickAsync();
        await Pages.AddressAsync(page, url => new Uri(url).AbsolutePath.StartsWith("/accuracy/reports/", StringComparison.Ordinal));
        await page.Locator("#outliers").WaitForAsync();
        var caseIds = Enumerable.Range(2, SampleFormat.MinRows).Select(row => sample.Get(row, SampleFormat.CaseIdColumn)).ToHashSet();
        var shownCases = await page.Locator("#outliers tbody td[data-label='Case']").AllInnerTextsAsync();
        shownCases.ShouldNotBeEmpty();
        shownCases.ShouldAllBe(shown => caseIds.Contains(shown));
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
        var pages = new List<string> { await page.ContentAsync() };

        foreach (var path in new[] { "/accuracy", "/accuracy/review", "/configuration/benchmarking" })
        {
            await page.GotoAsync(path);
            await page.Locator("h1").WaitForAsync();
            await Axe.AssertAccessibleAtBothWidthsAsync(page);
            pages.Add(await page.ContentAsync());
        }

        var names = await PeopleNamesAsync(app.Services);
        names.ShouldNotBeEmpty();
        foreach (var name in names)
        {
            pages.ShouldAllBe(html => !html.Contains(name, StringComparison.Ordinal), $"'{name}' was shown to the analyst");
        }

        foreach (var path in new[] { "/caseload", "/letters", "/configuration", "/sign-off" })
        {
            var response = await page.GotoAsync(path);
            new Uri(page.Url).AbsolutePath.ShouldBe("/forbidden", path);
            response.ShouldNotBeNull().Status.ShouldBe(403, path);
        }
    }

    private static async Task<IReadOnlyList<string>> PeopleNamesAsync(IServiceProvider services)
    {
        await using var context = await DemoRecords.ContextAsync(services);
        var people = await context.People.AsNoTracking().ToListAsync();
        return [.. people.Select(p => $"{p.GivenName} {p.FamilyName}").Concat(people.Select(p => p.AddressLine1 ?? "")).Concat(people.Select(p => p.CaseReference))
            .Where(text => text.Length > 3).Distinct()];
    }
}
