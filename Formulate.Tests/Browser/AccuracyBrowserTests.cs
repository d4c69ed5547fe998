using System.Text;
using Formulate.Engine.Accuracy;
using Formulate.Tests.Accuracy;
using Formulate.Tests.Browser.Support;
using Microsoft.Playwright;

namespace Formulate.Tests.Browser;

[Collection(BrowserTestGroup.Name)]
public sealed class AccuracyBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Accuracy_UploadReportAndCalibrate_EveryScreenAccessible()
    {
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "demo.config");
        await page.GotoAsync("/accuracy");
        await Axe.AssertAccessibleAsync(page);

        await page.GetByLabel("Name of the sample").FillAsync("Annual review 2026");
        await page.GetByLabel("Sample file").SetInputFilesAsync(File("bad.csv", SampleFiles.Valid().Set(5, "mobility.walking", "flying").Text));
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and check the sample" }).ClickAsync();
        await page.Locator("#sample-problems").WaitForAsync();
        (await page.Locator("#sample-problems tbody tr").CountAsync()).ShouldBe(1);
        (await page.Locator("#sample-problems tbody td").AllInnerTextsAsync()).ShouldContain("mobility.walking");
        (await page.Locator("#download-problems").GetAttributeAsync("href")).ShouldStartWith("data:text/csv");
        await Axe.AssertAccessibleAsync(page);

        await page.GetByLabel("Name of the sample").FillAsync("Annual review 2026");
        await page.GetByLabel("Sample file").SetInputFilesAsync(File("sample.csv", SyntheticSample.ToCsv(SyntheticSample.Generate(SampleFormat.MinRows, 11))));
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and check the sample" }).ClickAsync();
        await page.WaitForURLAsync("**/accuracy/reports/**");
        await page.Locator("#overall").WaitForAsync();
        (await page.Locator("svg[role='img'] title").TextContentAsync())!.ShouldContain($"{SampleFormat.MinRows} cases");
        (await page.Locator("svg .app-scatter__equality").CountAsync()).ShouldBe(1);
        (await page.Locator("svg .app-scatter__outlier").CountAsync()).ShouldBe(await page.Locator("#outliers tbody tr").CountAsync());
        (await page.Locator("#outliers tbody tr").CountAsync()).ShouldBeGreaterThan(0);
        (await page.Locator("#baseline tbody tr").CountAsync()).ShouldBe(4);
        await Axe.AssertAccessibleAsync(page);
        await Pages.ScreenshotAsync(page, "accuracy-report");

        await page.GetByRole(AriaRole.Button, new() { Name = "Calibrate the model against this sample" }).ClickAsync();
        await page.Locator("#calibration-figures").WaitForAsync(new() { Timeout = 60_000 });
        (await page.Locator("#calibration-changes tbody tr").CountAsync()).ShouldBeGreaterThan(0);
        await Axe.AssertAccessibleAsync(page);

        (await page.Locator("#calibration").Locator("xpath=following-sibling::*").First.InnerTextAsync()).ShouldContain("draft model parameters");
        (await page.GetByRole(AriaRole.Button, new() { Name = "Publish the calibrated parameters" }).CountAsync()).ShouldBe(1);

        await page.GotoAsync("/accuracy/review");
        (await page.Locator("#latest-report").InnerTextAsync()).ShouldContain("Annual review 2026");
        await Axe.AssertAccessibleAsync(page);
    }

    private static FilePayload File(string name, string text) => new() { Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(text) };
}
