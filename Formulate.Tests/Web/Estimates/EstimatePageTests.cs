using System.Net;
using AngleSharp.Dom;
using Formulate.Analysis.Text;
using Formulate.Data.Entities;
using Formulate.Data.Estimates;
using Formulate.Data.Seeding;
using Formulate.Engine.Estimation;
using Formulate.Tests.Engine;
using Formulate.Tests.Web.Letters.Support;
using Formulate.Tests.Web.Support;
using Formulate.Web.Profiles;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Estimates;

public sealed class EstimatePageTests(FormulateWebFactory factory) : IClassFixture<FormulateWebFactory>
{
    [Fact]
    public async Task OlderEstimate_ShowsWhatWasSavedWithItAndLinksToTheLatest()
    {
        var person = await LetterData.AddPersonAsync(factory.Services, "Perdita");
        var older = await LetterData.AddEstimateAsync(factory.Services, person.Id, "wc02");
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var latest = await SaveAsync(older.NeedsProfileId, "wc01");
        var result = LetterExamples.Result("wc02");
        result.QualityStatements.ShouldNotBeEmpty();

        var page = await GetAsync("demo.practitioner", $"/estimates/{older.Id}");

        page.Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Heading.ShouldBe($"Estimate saved on {Formulate.Web.Components.Moj.MojDate.DateTime(older.CreatedAt)}");
        page.Document.Title.ShouldBe($"{page.Heading} for Perdita Letterby - Formulate");
        Text(page.Document.GetElementById("estimate-standing")!).ShouldContain("This is not the latest estimate for this Needs Profile");
        page.Document.GetElementById("latest-estimate")!.GetAttribute("href").ShouldBe($"/estimates/{latest.Id}");

        var details = SummaryRows(page.Document.GetElementById("estimate-details")!);
        details["Weekly estimate"].ShouldBe($"{Pounds.Format(result.WeeklyEstimate)} a week");
        details["Saved by"].ShouldBe("test.practitioner");
        details["Estimate"].ShouldBe("1 of 2 for this Needs Profile");
        details["Question set"].ShouldBe(result.Versions.QuestionSet);
        details["Model"].ShouldBe(result.Versions.Model);
        details["Configuration"].ShouldBe(result.Versions.Configuration);

        var banner = Text(page.Document.GetElementById("quality-statements")!);
        result.QualityStatements.ShouldAllBe(statement => banner.Contains(statement.Message, StringComparison.Ordinal));
        page.Document.QuerySelectorAll("#quality-statements a").ShouldBeEmpty();
        AllocationAreas(page.Document).ShouldBe(result.AllocationSummary.Select(line => line.Area).ToList());
        page.Document.QuerySelectorAll(".staff-warning-text").Select(Text).ShouldContain(text => text.Contains(result.Chc.Recommendation, StringComparison.Ordinal));
        Text(page.Document.GetElementById("how-worked-out")!).ShouldContain(result.Trace.Label);
        Text(page.Document.GetElementById("stored-answers")!).ShouldContain("Personal care");
    }

    [Fact]
    public async Task SavedEstimate_ShowsEachChecklistDomainWithTheDescriptorItMatched()
    {
        var person = await LetterData.AddPersonAsync(factory.Services, "Rosalind");
        var saved = await LetterData.AddEstimateAsync(factory.Services, person.Id, "wc09");

        var page = await GetAsync("demo.practitioner", $"/estimates/{saved.Id}");

        var descriptors = page.Document.QuerySelectorAll("#chc-domains .chc-descriptor").ToList();
        descriptors.Count.ShouldBe(11);
        descriptors[0].GetAttribute("data-descriptor-id").ShouldBe("chc.breathing.a.not-responding");
        Text(descriptors[0]).ShouldBe("A — Breathlessness due to a condition which is not responding to therapeutic treatment and limits all daily living activities.");
        Text(page.Document.GetElementById("chc-nursing-care")!).ShouldStartWith("NHS-funded nursing care:");
    }

    [Fact]
    public async Task LatestEstimate_SaysSoAndOffersNoOtherLatest()
    {
        var person = await LetterData.AddPersonAsync(factory.Services, "Quentin");
        var older = await LetterData.AddEstimateAsync(factory.Services, person.Id, "wc02");
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var latest = await SaveAsync(older.NeedsProfileId, "wc01");

        var page = await GetAsync("demo.manager", $"/estimates/{latest.Id}");

        Text(page.Document.GetElementById("estimate-standing")!).ShouldBe("This is the latest estimate saved for this Needs Profile.");
        page.Document.GetElementById("latest-estimate").ShouldBeNull();
        SummaryRows(page.Document.GetElementById("estimate-details")!)["Estimate"].ShouldBe("2 of 2 for this Needs Profile, the latest");
        Text(page.Document.GetElementById("quality-statements")!).ShouldBe("When this estimate was saved, quality checks found nothing to look at.");
    }

    [Fact]
    public async Task StoredResultUnlikeTodaysCalculation_ShowsTheStoredFiguresNotRecalculatedOnes()
    {
        var person = await LetterData.AddPersonAsync(factory.Services, "Rosalind");
        var stored = await LetterData.AddEstimateAsync(factory.Services, person.Id, "wc01");
        var today = LetterExamples.Result("wc01");
        var changed = today with
        {
            WeeklyEstimate = 123.45m,
            AllocationSummary = [today.AllocationSummary[0] with { Area = "Area as it was named then", Amount = 123.45m }],
            Adjustments = [],
            Versions = today.Versions with { Configuration = "retired-council@2019.1" },
        };
        var snapshot = await factory.Services.GetRequiredService<EstimateSnapshotStore>().SaveAsync(
            stored.NeedsProfileId, EstimateSnapshots.From(WorkedCaseDataAttribute.Load("wc01").Profile, changed), "earlier.practitioner");

        var page = await GetAsync("demo.practitioner", $"/estimates/{snapshot.Id}");

        SummaryRows(page.Document.GetElementById("estimate-details")!)["Configuration"].ShouldBe("retired-council@2019.1");
        AllocationAreas(page.Document).ShouldBe(["Area as it was named then"]);
        Text(page.Document.QuerySelector("table tbody tr:last-child")!).ShouldContain("£123.45");
    }

    [Fact]
    public async Task StoredJsonUnreadable_SaysSoAndStillShowsWhatWasSavedBesideIt()
    {
        var person = await LetterData.AddPersonAsync(factory.Services, "Sebastian");
        var stored = await LetterData.AddEstimateAsync(factory.Services, person.Id, "wc01");
        var unreadable = EstimateSnapshots.From(WorkedCaseDataAttribute.Load("wc01").Profile, LetterExamples.Result("wc01")) with
        {
            InputJson = "{ not json",
            ResultJson = "{\"unknownProperty\": 1}",
        };
        var snapshot = await factory.Services.GetRequiredService<EstimateSnapshotStore>().SaveAsync(stored.NeedsProfileId, unreadable, "test.practitioner");

        var page = await GetAsync("demo.practitioner", $"/estimates/{snapshot.Id}");

        page.Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        Text(page.Document.GetElementById("result-unreadable")!).ShouldContain("cannot be read by this version of Formulate");
        Text(page.Document.GetElementById("stored-answers")!).ShouldContain("cannot be read by this version of Formulate");
        SummaryRows(page.Document.GetElementById("estimate-details")!)["Weekly estimate"].ShouldBe($"{Pounds.Format(unreadable.WeeklyEstimate)} a week");
    }

    [Fact]
    public async Task UnknownId_IsTitledNotFoundAsItsHeadingSays()
    {
        var page = await GetAsync("demo.practitioner", $"/estimates/{Guid.NewGuid()}");

        page.Heading.ShouldBe("Estimate not found");
        page.Document.Title.ShouldBe("Estimate not found - Formulate");
        page.Document.QuerySelector("main a[href='/caseload']").ShouldNotBeNull();
    }

    [Theory]
    [InlineData("not-an-id")]
    [InlineData("0199b3c2-1234")]
    [InlineData("0199b3c2-1234-7abc-8def-0123456789ab-extra")]
    public async Task MalformedId_IsPageNotFoundNeverAnError(string id)
    {
        var page = await GetAsync("demo.practitioner", $"/estimates/{id}");

        page.Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        page.Heading.ShouldBe("Page not found");
    }

    [Fact]
    public async Task AnotherTeamsEstimate_IsRefused()
    {
        var person = await LetterData.AddPersonAsync(factory.Services, "Tamsin", team: DemoAccounts.SouthTeam);
        var estimate = await LetterData.AddEstimateAsync(factory.Services, person.Id);
        using var session = factory.NewSession();
        await session.SignInAsync("demo.practitioner");

        var response = await session.Client.GetAsync($"/estimates/{estimate.Id}");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/forbidden");
    }

    private async Task<EstimateSnapshot> SaveAsync(Guid profileId, string workedCase) =>
        await factory.Services.GetRequiredService<EstimateSnapshotStore>().SaveAsync(
            profileId, EstimateSnapshots.From(WorkedCaseDataAttribute.Load(workedCase).Profile, LetterExamples.Result(workedCase)), "test.practitioner");

    private async Task<HtmlPage> GetAsync(string userName, string path)
    {
        using var session = factory.NewSession();
        await session.SignInAsync(userName);
        return await session.GetPageAsync(path);
    }

    private static string Text(IElement element) => string.Join(" ", element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static Dictionary<string, string> SummaryRows(IElement list) =>
        list.QuerySelectorAll(".staff-summary-list__row").ToDictionary(
            row => Text(row.QuerySelector(".staff-summary-list__key")!),
            row => Text(row.QuerySelector(".staff-summary-list__value")!));

    private static List<string> AllocationAreas(IDocument document) =>
    [
        .. document.QuerySelectorAll("table").Single(t => Text(t.QuerySelector("caption")!) == "Allocation summary")
            .QuerySelectorAll("tbody tr th").Select(Text).SkipLast(1),
    ];
}
