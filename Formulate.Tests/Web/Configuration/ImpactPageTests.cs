using Formulate.Engine.Parameters;
using Formulate.Tests.Web.Support;
using Formulate.Web.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Configuration;

public sealed class ImpactPageTests
{
    [Fact]
    public async Task Impact_NoAgreedBudgets_SaysThereIsNoOneToCompareInsteadOfTotallingZeros()
    {
        using var factory = new FormulateWebFactory();
        using var session = factory.NewSession();
        await session.SignInAsync("demo.config");
        var drafts = factory.Services.GetRequiredService<ConfigurationDrafts>();
        var draft = (await drafts.EditAsync(ParameterSetKind.Configuration,
            set => ParameterSetEdits.WithValue(set, "rate.home_care", new DateOnly(2027, 4, 1), 30m, "Test"), "demo.config")).Version!;

        var page = await session.GetPageAsync($"/configuration/versions/configuration/{draft.Id}/impact");

        page.Document.GetElementById("impact-summary").ShouldBeNull();
        page.Document.GetElementById("impact-distribution").ShouldBeNull();
        page.Document.GetElementById("impact-none")!.TextContent.ShouldContain("No one has an agreed budget yet");
        page.Document.QuerySelectorAll("main a.staff-link").ShouldContain(link => link.TextContent == "Go back to publish the draft" && link.GetAttribute("href")!.EndsWith(draft.Id.ToString(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("configuration")]
    [InlineData("rates")]
    public async Task Impact_ModelDraftUnderAnotherKindsAddress_IsNotFound(string kindSlug)
    {
        using var factory = new FormulateWebFactory();
        using var session = factory.NewSession();
        await session.SignInAsync("demo.config");
        var model = Formulate.Engine.Defaults.DefaultDefinitions.Definition.Model with { Version = "2026.1" };
        var draft = (await factory.Services.GetRequiredService<Formulate.Data.Parameters.ParameterVersionStore>().SaveDraftAsync(model, null, "demo.config")).Version!;

        var wrong = await session.GetPageAsync($"/configuration/versions/{kindSlug}/{draft.Id}/impact");
        var right = await session.GetPageAsync($"/configuration/versions/model/{draft.Id}/impact");

        wrong.Heading.ShouldBe("Draft not found");
        wrong.Document.Title.ShouldBe("Draft not found - Formulate");
        right.Heading.ShouldNotBe("Draft not found");
        right.Document.Title.ShouldBe($"Impact of {draft.Stamp} - Formulate");
    }

    [Fact]
    public async Task Impact_NoDateChosenForAnUpliftFromNextApril_PreviewsThatDateAndSaysSo()
    {
        using var factory = new FormulateWebFactory();
        var draft = await AgreedBudgetAndHomeCareDraftAsync(factory, new DateOnly(2027, 4, 1));
        using var session = factory.NewSession();
        await session.SignInAsync("demo.config");

        var page = await session.GetPageAsync($"/configuration/versions/configuration/{draft.Id}/impact");

        page.Document.GetElementById("On-day")!.GetAttribute("value").ShouldBe("1");
        page.Document.GetElementById("On-month")!.GetAttribute("value").ShouldBe("4");
        page.Document.GetElementById("On-year")!.GetAttribute("value").ShouldBe("2027");
        Normalised(page.Document.GetElementById("impact-date-note")!.TextContent).ShouldBe(
            "These figures are for an assessment on 1 April 2027, the date the draft's changes take effect (the first on which it changes a rate or weighting).");
        Row(page, "Estimates that would change").ShouldBe("1 of 1");
        Row(page, "Weekly change").ShouldStartWith("+£");
        page.Document.GetElementById("impact-not-in-force").ShouldBeNull();
    }

    [Fact]
    public async Task Impact_DateChosenBeforeTheUpliftTakesEffect_SaysTheDraftIsNotInForceRatherThanShowingNoChange()
    {
        using var factory = new FormulateWebFactory();
        var draft = await AgreedBudgetAndHomeCareDraftAsync(factory, new DateOnly(2027, 4, 1));
        using var session = factory.NewSession();
        await session.SignInAsync("demo.config");

        var page = await session.GetPageAsync($"/configuration/versions/configuration/{draft.Id}/impact?On-day=22&On-month=11&On-year=2026");

        var notice = page.Document.GetElementById("impact-not-in-force").ShouldNotBeNull();
        Normalised(notice.TextContent).ShouldContain(
            "demo-council@2025.4 is not in force on 22 November 2026: its changes take effect from 1 April 2027, so no estimate for an assessment on 22 November 2026 would change.");
        var link = notice.QuerySelector("a")!;
        link.TextContent.ShouldBe("Preview the impact on 1 April 2027");
        link.GetAttribute("href").ShouldBe($"/configuration/versions/configuration/{draft.Id}/impact?On-day=1&On-month=4&On-year=2027");
        page.Document.GetElementById("impact-summary").ShouldBeNull();
        page.Document.GetElementById("impact-distribution").ShouldBeNull();
    }

    [Fact]
    public async Task Impact_NoDateChosenForAChangeAlreadyInForce_PreviewsTodayAndSaysSo()
    {
        using var factory = new FormulateWebFactory();
        var draft = await AgreedBudgetAndHomeCareDraftAsync(factory, new DateOnly(2025, 4, 1));
        using var session = factory.NewSession();
        await session.SignInAsync("demo.config");

        var page = await session.GetPageAsync($"/configuration/versions/configuration/{draft.Id}/impact");

        page.Document.GetElementById("On-year")!.GetAttribute("value").ShouldBe("2026");
        Normalised(page.Document.GetElementById("impact-date-note")!.TextContent).ShouldBe("These figures are for an assessment on 22 November 2026, today.");
        Row(page, "Estimates that would change").ShouldBe("1 of 1");
    }

    /// <summary>One agreed budget, and a configuration draft raising the homecare rate from £21.64 to £30.00 an hour from <paramref name="from"/>.</summary>
    private static async Task<Formulate.Data.Entities.ParameterSetVersion> AgreedBudgetAndHomeCareDraftAsync(FormulateWebFactory factory, DateOnly from)
    {
        var snapshot = await EstimatedWebProfiles.CreateAsync(factory.Services);
        await EstimatedWebProfiles.ApproveAsync(factory.Services, await EstimatedWebProfiles.SubmitAsync(factory.Services, snapshot));
        var drafts = factory.Services.GetRequiredService<ConfigurationDrafts>();
        return (await drafts.EditAsync(ParameterSetKind.Configuration,
            set => ParameterSetEdits.WithValue(set, "rate.home_care", from, 30m, "Test"), "demo.config")).Version!;
    }

    private static string Row(HtmlPage page, string key) =>
        page.Document.QuerySelectorAll("#impact-summary .staff-summary-list__row")
            .Single(row => row.QuerySelector("dt")!.TextContent == key).QuerySelector("dd")!.TextContent.Trim();

    private static string Normalised(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
