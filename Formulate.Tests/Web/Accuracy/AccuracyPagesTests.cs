using System.Net;
using System.Text;
using Formulate.Analysis.Accuracy;
using Formulate.Analysis.Text;
using Formulate.Data.Accuracy;
using Formulate.Engine;
using Formulate.Engine.Defaults;
using Formulate.Engine.Estimation;
using Formulate.Tests.Accuracy;
using Formulate.Tests.Engine;
using Formulate.Tests.Web.Letters.Support;
using Formulate.Tests.Web.Support;
using Formulate.Web.Accuracy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Accuracy;

public sealed class AccuracyPagesTests
{
    [Fact]
    public async Task Report_UnknownId_TitleSaysTheReportIsNotFound()
    {
        using var factory = new FormulateWebFactory();
        using var session = await SignedInAsync(factory);

        var page = await session.GetPageAsync($"/accuracy/reports/{Guid.NewGuid()}");

        page.Heading.ShouldBe("Report not found");
        page.Document.Title.ShouldBe("Report not found - Formulate");
    }

    [Fact]
    public async Task Report_OneOutlier_SaysOneCaseLiesOutsideTheBand()
    {
        using var factory = new FormulateWebFactory();
        using var session = await SignedInAsync(factory);

        var report = await UploadAsync(session, OneOutlierSample());

        report.Heading.ShouldBe("Accuracy report");
        report.Document.QuerySelectorAll("#outliers tbody tr").Length.ShouldBe(1);
        report.Document.GetElementById("overall")!.TextContent.ShouldContain("±25% of the actual cost, the council's tolerance band (set in Rates and decisions); 1 outlier");
        report.Document.GetElementById("overall")!.TextContent.ShouldNotContain("1 outliers");
        report.Document.GetElementById("outliers-heading")!.NextElementSibling!.TextContent.Trim().ShouldStartWith("1 case lies outside the tolerance band");
    }

    [Fact]
    public async Task Report_BeforeCalibrating_SaysWhatTheFitNeverMoves()
    {
        using var factory = new FormulateWebFactory();
        using var session = await SignedInAsync(factory);

        var report = await UploadAsync(session, OneOutlierSample());

        var offer = report.Document.GetElementById("calibrate-form")!.PreviousElementSibling!.TextContent;
        offer.ShouldContain("The council's rates and fees, and the lengths of what it buys (the hours in a waking night or a day session), are never fitted.");
        offer.ShouldContain("A fitted time keeps at least two thirds of its value.");
    }

    [Fact]
    public async Task ReportAndSamples_EveryTableHasACaptionAndEveryAmountColumnSaysItIsWeekly()
    {
        using var factory = new FormulateWebFactory();
        using var session = await SignedInAsync(factory);

        var report = await UploadAsync(session, OneOutlierSample());
        var samples = await session.GetPageAsync("/accuracy");

        foreach (var page in new[] { report, samples })
        {
            var tables = page.Document.QuerySelectorAll("table");
            tables.Length.ShouldBeGreaterThan(0);
            foreach (var table in tables)
            {
                // A table has its caption; a data grid's table is in a region named by the heading above it.
                var name = table.QuerySelector("caption")?.TextContent
                    ?? (table.Closest("[role=region][aria-labelledby]") is { } region ? page.Document.GetElementById(region.GetAttribute("aria-labelledby")!)?.TextContent : null);
                name.ShouldNotBeNull(table.Id ?? table.OuterHtml[..60]).Trim().ShouldNotBeEmpty();
            }
        }

        var amountHeaders = report.Document.QuerySelectorAll("th")
            .Select(header => header.TextContent.Trim())
            .Where(text => text.StartsWith("Estimate", StringComparison.Ordinal) || text.StartsWith("Actual", StringComparison.Ordinal) || text.StartsWith("Mean absolute error", StringComparison.Ordinal))
            .ToList();
        amountHeaders.Count.ShouldBeGreaterThanOrEqualTo(6);
        amountHeaders.ShouldAllBe(text => text.EndsWith("(£ a week)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Calibrate_ModelDraftAlreadyStarted_SaysSoAndLinksToThatDraft()
    {
        using var factory = new FormulateWebFactory();
        using var session = await SignedInAsync(factory);
        var report = await UploadAsync(session, OneOutlierSample());
        var model = DefaultDefinitions.Definition.Model with { Version = "2026.7" };
        var draft = (await factory.Services.GetRequiredService<Formulate.Data.Parameters.ParameterVersionStore>().SaveDraftAsync(model, null, "j.smith")).Version!;

        var page = await HtmlPage.ReadAsync(await session.SubmitAsync(report, "#calibrate-form"), report.Url);

        page.ErrorSummary.ShouldBe([$"There is already a draft of the model parameters ({draft.Stamp}). Publish or discard it before calibrating again."]);
        page.Document.QuerySelector(".staff-error-summary__list a")!.GetAttribute("href").ShouldBe($"/configuration/versions/model/{draft.Id}");
    }

    [Theory]
    [InlineData(Midway.WhileTheSampleIsRead)]
    [InlineData(Midway.AsTheCalibrationIsSaved)]
    public async Task Calibrate_AnotherOfficerStartsAModelDraftMeanwhile_SaysSoLinksToTheirDraftAndKeepsIt(Midway moment)
    {
        var otherOfficer = new ModelDraftStartedMidway(moment);
        using var factory = new FormulateWebFactory(new Dictionary<string, string?>(),
            services => services.ConfigureDbContext<Formulate.Data.FormulateDbContext>((_, options) => options.AddInterceptors(otherOfficer)));
        using var session = await SignedInAsync(factory);
        var report = await UploadAsync(session, SyntheticSample.Generate(SampleFormat.MinRows, 11));
        var store = factory.Services.GetRequiredService<Formulate.Data.Parameters.ParameterVersionStore>();
        Formulate.Data.Entities.ParameterSetVersion? theirs = null;
        otherOfficer.Arm(async () => theirs = (await store.SaveDraftAsync(
            DefaultDefinitions.Definition.Model with { Version = "2026.7" }, "Their own changes", "j.smith", Formulate.Data.Parameters.ParameterVersionStore.NoDraft)).Version);

        var page = await HtmlPage.ReadAsync(await session.SubmitAsync(report, "#calibrate-form"), report.Url);

        theirs.ShouldNotBeNull();
        page.Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Heading.ShouldBe("Accuracy report");
        page.Document.Title!.ShouldStartWith("Error: ");
        page.ErrorSummary.ShouldBe([
            $"While the calibration ran, j.smith started a draft of the model parameters ({theirs.Stamp}), so the calibration was not saved and their draft is kept. "
            + "Publish or discard that draft, then calibrate again."]);
        page.Document.QuerySelector(".staff-error-summary__list a")!.GetAttribute("href").ShouldBe($"/configuration/versions/model/{theirs.Id}");
        page.Document.GetElementById("calibration-figures").ShouldBeNull();
        var draft = (await store.ListAsync(Formulate.Engine.Parameters.ParameterSetKind.Model)).Where(v => v.Status == Formulate.Data.Entities.ParameterVersionStatus.Draft).ShouldHaveSingleItem();
        (draft.Id, draft.Version, draft.Json, draft.Note, draft.UpdatedBy).ShouldBe((theirs.Id, theirs.Version, theirs.Json, "Their own changes", (string?)null));
    }

    [Fact]
    public async Task Samples_DeletedThenItsFormsPostedAgain_SayItWasDeletedInsteadOfNothingOrAReadingProblem()
    {
        using var factory = new FormulateWebFactory();
        using var session = await SignedInAsync(factory);
        await UploadAsync(session, OneOutlierSample());
        var list = await session.GetPageAsync("/accuracy");
        var id = list.Document.QuerySelector("#samples button[value^='delete-']")!.GetAttribute("value")!["delete-".Length..];
        list.Document.QuerySelector("#samples button[value^='delete-']")!.TextContent.ShouldBe("Delete Test sample");
        var delete = new Dictionary<string, string> { ["action"] = $"delete-{id}" };
        var report = new Dictionary<string, string> { ["action"] = $"report-{id}" };
        (await HtmlPage.ReadAsync(await session.SubmitAsync(list, "#sample-actions", delete), list.Url)).Document
            .QuerySelector("#sample-deleted")!.TextContent.ShouldContain("Sample Test sample and its reports deleted");

        var deletedAgain = await HtmlPage.ReadAsync(await session.SubmitAsync(list, "#sample-actions", delete), list.Url);
        var reportedAfter = await HtmlPage.ReadAsync(await session.SubmitAsync(list, "#sample-actions", report), list.Url);

        deletedAgain.Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        reportedAfter.Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        deletedAgain.ErrorSummary.ShouldBe(["That sample had already been deleted, with its reports"]);
        deletedAgain.Document.QuerySelector("#sample-deleted").ShouldBeNull();
        reportedAfter.ErrorSummary.ShouldBe(["That sample has been deleted, so no report can be run on it. Upload it again to test it"]);
    }

    /// <summary>Packages costing exactly the estimate, but one paid at a specialist rate.</summary>
    [Fact]
    public async Task Review_FlaggedEstimate_EveryLinkOpensForTheOfficerAndAmountsSayTheyAreWeekly()
    {
        using var factory = new FormulateWebFactory();
        using var session = await SignedInAsync(factory);
        var person = await LetterData.AddPersonAsync(factory.Services, "Flagged");
        var estimate = await LetterData.AddEstimateAsync(factory.Services, person.Id);
        (await factory.Services.GetRequiredService<EstimateFlagStore>().FlagAsync(estimate.Id, "Night-time support is not counted", "demo.practitioner")).Succeeded.ShouldBeTrue();

        var review = await session.GetPageAsync("/accuracy/review");

        var table = review.Document.GetElementById("flagged-estimates")!;
        table.QuerySelector("tbody th")!.TextContent.Trim().ShouldBe(person.CaseReference);
        foreach (var link in review.Document.QuerySelectorAll("main a[href^='/']").Select(a => a.GetAttribute("href")!))
        {
            (await session.Client.GetAsync(link)).StatusCode.ShouldBe(HttpStatusCode.OK, $"{link} should open for a configuration manager");
        }

        table.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()).ShouldBe(
            ["Case", "Estimate a week", "Agreed budget a week", "Difference a week (budget minus estimate)", "Why it was flagged"]);
    }

    private static Sample OneOutlierSample()
    {
        var engine = new FormulateEngine(DefaultDefinitions.Definition);
        var cases = SyntheticSample.Generate(SampleFormat.MinRows, 5).Cases.Select(c => c with
        {
            Package = [new PackageLine { SupportType = SupportTypes.HomeCare, UnitsPerWeek = 1m, UnitRate = engine.Estimate(c.Profile).Result!.WeeklyEstimate }],
        }).ToList();
        cases[3] = cases[3] with { Package = [new PackageLine { SupportType = SupportTypes.HomeCare, UnitsPerWeek = 60m, UnitRate = 45m }] };
        return new Sample { Cases = cases };
    }

    private static async Task<HtmlPage> UploadAsync(WebSession session, Sample sample)
    {
        var form = await session.GetPageAsync("/accuracy");
        var response = await session.SubmitWithFileAsync(form, "form:has(#Name)", new Dictionary<string, string> { ["Name"] = "Test sample" },
            "File", "sample.csv", Encoding.UTF8.GetBytes(SyntheticSample.ToCsv(sample)));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return await session.GetPageAsync(response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Report_EstimatesAtTheCouncilsLimits_GivesTheModelsOwnFiguresBeforeThem()
    {
        using var factory = new FormulateWebFactory();
        using var session = await SignedInAsync(factory);
        // The demo council refers estimates above its cap to panel, leaving them as they are, so the limit that changes
        // estimates here is the minimum budget: two people with one small need each, below its £25 a week.
        var generated = SyntheticSample.Generate(SampleFormat.MinRows, 100);
        var sample = generated with { Cases = [.. generated.Cases, BelowTheMinimum(generated.Cases.Count + 2), BelowTheMinimum(generated.Cases.Count + 3)] };
        var expected = AccuracyReporter.Report(DefaultDefinitions.Definition, sample, 25m);

        var report = await UploadAsync(session, sample);

        expected.EstimatesAtLimits.ShouldBeGreaterThan(1);
        expected.BeforeLimits.MeanAbsoluteError.ShouldNotBe(expected.Overall.MeanAbsoluteError);
        var overall = report.Document.GetElementById("overall")!.TextContent;
        overall.ShouldContain("Before the council's cap and minimum");
        overall.ShouldContain($"Pearson correlation {AccuracyFigureText.Correlation(expected.BeforeLimits.Pearson)}, mean absolute error {Pounds.Format(expected.BeforeLimits.MeanAbsoluteError)} a week.");
        overall.ShouldContain($"The cap or minimum changed {expected.EstimatesAtLimits} estimates;");
    }

    private static SampleCase BelowTheMinimum(int row) => new()
    {
        CaseId = $"MIN-{row}",
        Row = row,
        Profile = new ProfileBuilder().Need("home_environment", "prompting").Need("relationships", "prompting", community: "most").Build(),
        Package = [new PackageLine { SupportType = SupportTypes.HomeCare, UnitsPerWeek = 1.5m, UnitRate = 21.64m }],
    };

    private static async Task<WebSession> SignedInAsync(FormulateWebFactory factory)
    {
        var session = factory.NewSession();
        await session.SignInAsync("demo.config");
        return session;
    }
}
