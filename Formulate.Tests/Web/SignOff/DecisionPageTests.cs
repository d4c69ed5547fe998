using AngleSharp.Dom;
using Formulate.Data;
using Formulate.Data.SignOff;
using Formulate.Tests.Web.Letters.Support;
using Formulate.Tests.Web.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.SignOff;

/// <summary>
/// The decision page and the queue for a budget submitted from worked case wc02, whose figures were worked out by hand
/// (Formulate.Tests/Engine/WorkedCases/wc02.json): £703.56 a week for 31.55 hours, and one Important warning (QA10).
/// </summary>
public sealed class DecisionPageTests(FormulateWebFactory factory) : IClassFixture<FormulateWebFactory>
{
    private const string AssessmentReason = "Carer's assessment booked for 12 May";

    [Fact]
    public async Task SubmissionPage_SubmissionWithAWarning_ShowsTheWholeEstimateTheWarningWithItsReasonAndLeadsBackToTheQueue()
    {
        var submissionId = await SubmitWc02Async("Doris");
        using var session = factory.NewSession();
        await session.SignInAsync("demo.manager");

        var page = await session.GetPageAsync($"/sign-off/{submissionId}");

        var document = page.Document;
        document.QuerySelector(".staff-back-link")!.GetAttribute("href").ShouldBe("/sign-off");
        SummaryValue(document, "Proposed weekly budget").ShouldBe("£750.00");
        SummaryValue(document, "Estimate").ShouldBe("£703.56");
        SummaryValue(document, "Difference").ShouldBe("+£46.44");
        SummaryValue(document, "Reason for the difference").ShouldBe("Specialist provider");
        SummaryValue(document, "Note").ShouldBe("A provider that knows dementia well");
        SummaryValue(document, "Total estimated support").ShouldBe("31.55 hours a week");
        AllocationAmount(document, "Personal care").ShouldBe("£151.48");
        AllocationAmount(document, "Safety and supervision").ShouldBe("£371.13");
        AllocationAmount(document, "Breaks for the unpaid carer").ShouldBe("£21.92");
        document.QuerySelector("#total-weekly-hours")!.TextContent.ShouldContain("31.55 hours a week");
        var warning = document.QuerySelectorAll("#warnings-table tbody tr").ShouldHaveSingleItem();
        warning.GetAttribute("data-rule").ShouldBe("QA10");
        warning.QuerySelector(".staff-tag")!.TextContent.ShouldBe("Important");
        warning.QuerySelector(".warning-text")!.TextContent.ShouldBe(
            "Unpaid support is at risk or not sustainable and no carer's assessment has been offered. Offer the carer an assessment.");
        warning.QuerySelector(".warning-reason")!.TextContent.ShouldBe(AssessmentReason);
        TableRow(document, "Living situation: In extra care housing").ShouldContain("£518.10");
        document.QuerySelectorAll("h2").Select(h => h.TextContent.Trim()).ShouldContain("NHS Continuing Healthcare Checklist prediction");
        document.QuerySelectorAll("#chc-domains tbody tr").Length.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task SignOffQueue_SubmissionWithWarnings_ShowsHowManyAndHowManyImportant()
    {
        var submissionId = await SubmitWc02Async("Dolores");
        using var session = factory.NewSession();
        await session.SignInAsync("demo.manager");

        var page = await session.GetPageAsync("/sign-off");

        QueueWarnings(page.Document, submissionId).ShouldBe("1 (1 important)");
    }

    [Fact]
    public async Task SubmissionPageAndQueue_SubmittedBeforeWarningsWereRecorded_SaySoAndListTheEstimatesWarnings()
    {
        var submissionId = await SubmitWc02Async("Dorothy");
        await using (var context = await factory.Services.GetRequiredService<IDbContextFactory<FormulateDbContext>>().CreateDbContextAsync())
        {
            // As a submission saved before schema version 14 reads back.
            await context.SubmissionWarnings.Where(w => w.SubmissionId == submissionId).ExecuteDeleteAsync();
            await context.BudgetSubmissions.Where(s => s.Id == submissionId).ExecuteUpdateAsync(update => update.SetProperty(s => s.WarningsRecorded, false));
        }

        using var session = factory.NewSession();
        await session.SignInAsync("demo.manager");

        var page = await session.GetPageAsync($"/sign-off/{submissionId}");
        var queue = await session.GetPageAsync("/sign-off");

        page.Document.QuerySelector("#warnings-not-recorded")!.TextContent.ShouldStartWith("Submitted before warnings were recorded");
        var warning = page.Document.QuerySelectorAll("#warnings-table tbody tr").ShouldHaveSingleItem();
        (warning.GetAttribute("data-rule"), warning.QuerySelector(".warning-reason")!.TextContent).ShouldBe(("QA10", "Not recorded"));
        page.Document.QuerySelectorAll("button").Select(b => b.TextContent.Trim()).ShouldContain("Approve");
        QueueWarnings(queue.Document, submissionId).ShouldBe("Not recorded");
    }

    private async Task<Guid> SubmitWc02Async(string givenName)
    {
        var person = await LetterData.AddPersonAsync(factory.Services, givenName);
        var snapshot = await LetterData.AddEstimateAsync(factory.Services, person.Id, "wc02");
        var submitted = await factory.Services.GetRequiredService<SignOffStore>().SubmitAsync(new NewSubmission
        {
            NeedsProfileId = snapshot.NeedsProfileId,
            EstimateSnapshotId = snapshot.Id,
            ProposedWeekly = 750.00m,
            DifferenceReason = "Specialist provider",
            DifferenceNote = "A provider that knows dementia well",
            WarningReasons = new Dictionary<int, string> { [0] = AssessmentReason },
        }, "test.practitioner");
        submitted.Errors.ShouldBeEmpty();
        return submitted.SubmissionId!.Value;
    }

    private static string SummaryValue(IDocument document, string key) =>
        document.QuerySelectorAll(".staff-summary-list__row")
            .Single(row => row.QuerySelector(".staff-summary-list__key")!.TextContent.Trim() == key)
            .QuerySelector(".staff-summary-list__value")!.TextContent.Trim();

    private static string TableRow(IDocument document, string firstCell) =>
        document.QuerySelectorAll("tr").Single(row => row.Children[0].TextContent.Trim() == firstCell).TextContent;

    private static string AllocationAmount(IDocument document, string area) =>
        document.QuerySelectorAll("tr").Single(row => row.Children[0].TextContent.Trim() == area).Children[^1].TextContent.Trim();

    private static string QueueWarnings(IDocument document, Guid submissionId)
    {
        var column = document.QuerySelectorAll("#queue thead th").Select(th => th.TextContent.Trim()).ToList().FindIndex(text => text.StartsWith("Warnings", StringComparison.Ordinal));
        var row = document.QuerySelector($"#queue a[href='/sign-off/{submissionId}']")!.Closest("tr")!;
        return row.QuerySelectorAll("td")[column].TextContent.Trim();
    }
}
