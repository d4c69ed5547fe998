using System.Globalization;
using System.Text;
using Formulate.Analysis.Accuracy;
using Formulate.Engine.Defaults;
using Formulate.Tests.Accuracy;
using Formulate.Tests.Browser.Support;
using Microsoft.Playwright;

namespace Formulate.Tests.Browser;

[Collection(SecondBrowserTestGroup.Name)]
public sealed class AccuracyBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Analyst_KeyboardAlone_ReachesAccuracyTestingAndThePerformanceReviewFromTheMenu()
    {
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.analyst");
        await Pages.OpenAsync(page, "/");

        await Keyboard.TabToLinkAsync(page, "Accuracy and calibration");
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Accuracy testing", Level = 1 }).WaitForAsync();
        await Axe.AssertAccessibleAtBothWidthsAsync(page);

        await Keyboard.TabToLinkAsync(page, "Yearly performance review");
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Yearly performance review", Level = 1 }).WaitForAsync();
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
    }

    [Fact]
    public async Task Accuracy_UploadReportCalibrateAndPublish_EveryScreenAccessible()
    {
        // Its own app: the published model would change the estimates the shared app's other tests expect.
        await using var app = new FormulateAppFactory();
        app.StartServer();
        var page = await fixture.NewPageAsync(app);
        await SignIn.AsAsync(page, "demo.config");
        await page.GotoAsync("/accuracy");
        await Axe.AssertAccessibleAtBothWidthsAsync(page);

        await page.GetByLabel("Name of the sample").FillAsync("Annual review 2026");
        await page.GetByLabel("Sample file").SetInputFilesAsync(File("bad.csv", SampleFiles.Valid().Set(5, "mobility.walking", "flying").Text));
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and check the sample" }).ClickAsync();
        await page.Locator("#sample-problems").WaitForAsync();
        (await page.Locator("#sample-problems tbody tr").CountAsync()).ShouldBe(1);
        (await page.Locator("#sample-problems tbody td").AllInnerTextsAsync()).ShouldContain("mobility.walking");
        (await page.Locator("#download-problems").GetAttributeAsync("href")).ShouldStartWith("data:text/csv");
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
        await Pages.ReflowsAt320Async(page);
        await page.SetViewportSizeAsync(1280, 900);

        await page.GetByLabel("Name of the sample").FillAsync("Annual review 2026");
        // One more person than the report counts, excluded by the file: the figures are those of the first 70.
        var lastRow = SampleFormat.MinRows + 2;
        var sample = SampleFiles.Valid(SampleFormat.MinRows + 1, 11).Set(lastRow, SampleFormat.ExcludedBecauseColumn, "Joint funding with the NHS");
        await page.GetByLabel("Sample file").SetInputFilesAsync(File("sample.csv", sample.Text));
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and check the sample" }).ClickAsync();
        await Pages.AddressAsync(page, url => new Uri(url).AbsolutePath.StartsWith("/accuracy/reports/", StringComparison.Ordinal));
        await page.Locator("#overall").WaitForAsync();
        (await page.Locator("#scatter-title").InnerTextAsync()).ShouldContain($"{SampleFormat.MinRows} cases");
        var plot = page.Locator("#scatter [role=img]");
        (await plot.GetAttributeAsync("aria-label")).ShouldNotBeNull().ShouldContain($"of {SampleFormat.MinRows} cases lie within 25% of the line of equality");
        (await page.Locator("#scatter .mud-chart-legend-item").AllInnerTextsAsync()).Select(text => text.Trim())
            .ShouldBe(["Within the tolerance band", "Outliers", "Estimate equals actual", "25% above", "25% below"]);
        // Every case is drawn, the outliers as their own series, as many as the table of figures and the grid count.
        // The points of each series in its own colour (the legend's), the lines of equality and of the band as paths.
        var series = page.Locator("#scatter g.mud-charts-scatterplot-series");
        var points = "circle.mud-chart-point:not(.mud-chart-hover-point)";
        var outliers = int.Parse((await plot.GetAttributeAsync("data-outliers"))!, CultureInfo.InvariantCulture);
        outliers.ShouldBeGreaterThan(0);
        (await series.Locator($"{points}[fill='#b3261e']").CountAsync()).ShouldBe(outliers);
        (await series.Locator($"{points}[fill='#1d4f91']").CountAsync()).ShouldBe(SampleFormat.MinRows - outliers);
        (await series.Locator("path").CountAsync()).ShouldBe(3);
        (await page.Locator("#scatter-table tbody tr", new() { HasText = "No, an outlier" }).CountAsync()).ShouldBe(outliers);
        (await page.Locator("#outliers .mud-table-pagination-caption").InnerTextAsync()).ShouldEndWith($"of {outliers}");
        (await page.Locator("#outliers tbody tr").CountAsync()).ShouldBe(Math.Min(outliers, 10));
        // Both axes start at £0 and every label is whole inside the chart's box (once one was cut to "£2,50C").
        (await page.Locator("#scatter g.mud-charts-xaxis text").First.TextContentAsync()).ShouldBe("£0");
        (await page.Locator("#scatter g.mud-charts-yaxis text").First.TextContentAsync()).ShouldBe("£0");
        (await page.EvaluateAsync<string[]>("""
            () => { const svg = document.querySelector('#scatter [role=img]').getBoundingClientRect();
                    return [...document.querySelectorAll('#scatter svg g.mud-charts-xaxis text, #scatter svg g.mud-charts-yaxis text')]
                      .filter(t => { const r = t.getBoundingClientRect(); return r.left < svg.left - 0.5 || r.right > svg.right + 0.5 || r.top < svg.top - 0.5 || r.bottom > svg.bottom + 0.5; })
                      .map(t => t.textContent); }
            """)).ShouldBeEmpty("axis labels cut off at the chart's edge");
        (await page.Locator("#baseline tbody tr").CountAsync()).ShouldBe(4);
        await page.Locator("#left-out summary").ClickAsync();
        (await page.Locator("#left-out tbody tr").InnerTextAsync()).ShouldContain($"{sample.Get(lastRow, SampleFormat.CaseIdColumn)}\tExcluded by the sample file: Joint funding with the NHS");
        var expected = AccuracyReporter.Report(DefaultDefinitions.Definition, SyntheticSample.Generate(SampleFormat.MinRows, 11), 25m).Overall.PearsonInterval!;
        (await page.Locator("#overall").InnerTextAsync()).ShouldContain(string.Create(CultureInfo.InvariantCulture, $"{expected.Lower:0.000} to {expected.Upper:0.000}: from {SampleFormat.MinRows} people"));
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
        await Pages.ScreenshotAsync(page, "accuracy-report");
        await Pages.ReflowsAt320Async(page);
        await page.SetViewportSizeAsync(1280, 900);

        await page.GetByRole(AriaRole.Button, new() { Name = "Calibrate the model against this sample" }).ClickAsync();
        await page.Locator("#calibration-figures").WaitForAsync(new() { Timeout = 60_000 });
        (await page.Locator("#calibration-changes tbody tr").CountAsync()).ShouldBeGreaterThan(0);
        (await page.Locator("#calibration-changes tbody tr .app-calibration-reason").First.InnerTextAsync()).ShouldMatch(@"^(Raised|Lowered) .+\.$");
        (await page.Locator("#calibration-verdict").InnerTextAsync()).ShouldContain("do better than the current ones");
        (await page.Locator("#calibration-weighting").InnerTextAsync()).ShouldMatch(@"^[1-9]\d? of \d{2} people's packages were far enough from their calibrated estimate to count for less");
        (await page.Locator("#calibration-figures tbody tr", new() { HasText = "95% interval" }).InnerTextAsync()).ShouldMatch(@"0\.\d{3} to 0\.\d{3}\s+0\.\d{3} to 0\.\d{3}");
        await page.WaitForFunctionAsync("() => document.activeElement?.id === 'calibrated'");
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
        await Pages.ReflowsAt320Async(page);
        await page.SetViewportSizeAsync(1280, 900);

        (await page.GetByRole(AriaRole.Button, new() { Name = "Publish the calibrated parameters" }).CountAsync()).ShouldBe(0);
        var today = DateOnly.FromDateTime(DateTime.Now);
        await page.Locator("#review-draft").ClickAsync();
        await Pages.AddressAsync(page, url => new Uri(url).AbsolutePath.StartsWith("/configuration/versions/model/", StringComparison.Ordinal));
        await page.Locator("#EffectiveFrom-day").WaitForAsync();
        (await page.Locator(".staff-summary-list").First.InnerTextAsync()).ShouldContain("Draft");
        (await page.Locator("#diff").InnerTextAsync()).ShouldNotBeNullOrWhiteSpace();
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
        await page.Locator("#EffectiveFrom-day").FillAsync(today.Day.ToString(CultureInfo.InvariantCulture));
        await page.Locator("#EffectiveFrom-month").FillAsync(today.Month.ToString(CultureInfo.InvariantCulture));
        await page.Locator("#EffectiveFrom-year").FillAsync(today.Year.ToString(CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish version" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, publish version" }).ClickAsync();
        await page.Locator(".staff-banner[role=alert]").GetByText("is published").WaitForAsync();
        var stamp = (await page.Locator("h1").InnerTextAsync()).Trim();
        await Axe.AssertAccessibleAtBothWidthsAsync(page);

        await page.GotoAsync("/configuration/versions/model");
        var row = page.Locator("#versions tbody tr", new() { HasText = stamp });
        (await row.InnerTextAsync()).ShouldContain("In force");
        await Axe.AssertAccessibleAtBothWidthsAsync(page);

        await page.GotoAsync("/accuracy/review");
        (await page.Locator("#latest-report").InnerTextAsync()).ShouldContain("Annual review 2026");
        await Axe.AssertAccessibleAtBothWidthsAsync(page);
    }

    [Fact]
    public async Task FlagEstimate_FromResultPage_ListedInThePerformanceReview()
    {
        // A North Locality Team person, whom the practitioner (of that team) can see.
        var (profileId, _) = await EstimatedProfiles.CreateAsync(fixture.App);
        var reason = $"Night-time support is not counted ({Guid.NewGuid():N})";
        var practitioner = await fixture.NewPageAsync();
        await SignIn.AsAsync(practitioner, "demo.practitioner");
        await Pages.OpenAsync(practitioner, $"/profiles/{profileId}/result");
        await practitioner.GetByText("Flag this estimate as inaccurate").ClickAsync();
        await practitioner.GetByRole(AriaRole.Button, new() { Name = "Flag as inaccurate" }).ClickAsync();
        await practitioner.Locator(".staff-error-message").GetByText("Enter why the estimate was inaccurate").WaitForAsync();
        await Axe.AssertAccessibleAtBothWidthsAsync(practitioner);
        await practitioner.GetByLabel("Why is the estimate inaccurate?").FillAsync(reason);
        await practitioner.GetByLabel("Why is the estimate inaccurate?").BlurAsync();
        await practitioner.GetByRole(AriaRole.Button, new() { Name = "Flag as inaccurate" }).ClickAsync();
        await practitioner.Locator("#flag-saved").WaitForAsync();
        (await practitioner.Locator("#flag-estimate").GetAttributeAsync("open")).ShouldNotBeNull();
        await Axe.AssertAccessibleAtBothWidthsAsync(practitioner);

        var config = await fixture.NewPageAsync();
        await SignIn.AsAsync(config, "demo.config");
        await config.GotoAsync("/accuracy/review");
        var row = config.Locator("#flagged-estimates tbody tr", new() { HasText = reason });
        (await row.CountAsync()).ShouldBe(1);
        (await row.InnerTextAsync()).ShouldContain("£");
        await Axe.AssertAccessibleAtBothWidthsAsync(config);
    }

    private static FilePayload File(string name, string text) => new() { Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(text) };
}
