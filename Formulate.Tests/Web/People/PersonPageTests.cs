using Formulate.Data.Estimates;
using Formulate.Tests.Engine;
using Formulate.Tests.Web.Letters.Support;
using Formulate.Tests.Web.Support;
using Formulate.Web.Profiles;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.People;

public sealed class PersonPageTests(FormulateWebFactory factory) : IClassFixture<FormulateWebFactory>
{
    [Fact]
    public async Task Details_PersonWithoutAddress_SaysNoneIsRecordedRatherThanLeavingItBlank()
    {
        var person = await LetterData.AddPersonAsync(factory.Services, "Nell", withAddress: false);
        using var session = factory.NewSession();
        await session.SignInAsync("demo.practitioner");

        var page = await session.GetPageAsync($"/people/{person.Id}");

        var address = page.Document.QuerySelectorAll(".staff-summary-list__row")
            .Single(row => row.QuerySelector(".staff-summary-list__key")!.TextContent.Trim() == "Address");
        address.QuerySelector(".staff-summary-list__value")!.TextContent.Trim().ShouldBe("No address recorded, so no letter can be printed");
    }

    [Fact]
    public async Task Estimates_TwoFromOneProfileAndOneFromAnother_EachLinksToItsOwnEstimatePageWithAUniqueName()
    {
        var person = await LetterData.AddPersonAsync(factory.Services, "Olwen");
        var first = await LetterData.AddEstimateAsync(factory.Services, person.Id, "wc01");
        var newerOfFirst = await factory.Services.GetRequiredService<EstimateSnapshotStore>().SaveAsync(
            first.NeedsProfileId, EstimateSnapshots.From(WorkedCaseDataAttribute.Load("wc01").Profile, LetterExamples.Result("wc01")), "test.practitioner");
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await LetterData.AddEstimateAsync(factory.Services, person.Id, "wc01");
        using var session = factory.NewSession();
        await session.SignInAsync("demo.practitioner");

        var page = await session.GetPageAsync($"/people/{person.Id}");

        var rows = page.Document.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")!.TextContent.Trim() == "Estimates, newest first")
            .QuerySelectorAll("tbody tr").ToList();
        rows.Select(row => row.QuerySelector("a")?.GetAttribute("href"))
            .ShouldBe([$"/estimates/{second.Id}", $"/estimates/{newerOfFirst.Id}", $"/estimates/{first.Id}"], ignoreOrder: true);
        var names = rows.Select(row => Name(row.QuerySelector("a")!)).ToList();
        names.ShouldBeUnique();
        names.ShouldContain(name => name.Contains(": estimate 1 of 2, £", StringComparison.Ordinal));
        names.ShouldContain(name => name.Contains("estimate 2 of 2, the latest,", StringComparison.Ordinal));
        names.ShouldContain(name => name.Contains("estimate 1 of 1, the latest,", StringComparison.Ordinal));
        page.Document.QuerySelectorAll("a").Select(Name).Where(name => name.StartsWith("Open the Needs Profile", StringComparison.Ordinal)).ShouldBeUnique();
    }

    private static string Name(AngleSharp.Dom.IElement link) =>
        string.Join(" ", link.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
