using Formulate.Engine.Parameters;
using Formulate.Data.Time;
using Formulate.Tests.Browser.Support;
using Formulate.Tests.Web.Letters.Support;
using Formulate.Web.Configuration;
using Formulate.Web.Letters;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Formulate.Tests.Browser;

/// <summary>A council that chooses to show the CHC Checklist prediction in letters gets it, descriptor by descriptor.</summary>
[Collection(SecondBrowserTestGroup.Name)]
public sealed class ChcLetterAppendixBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task LetterPreview_CouncilShowsTheChcPrediction_ListsEachDomainsDescriptorAndIsAccessible()
    {
        // Its own app: the published council details would change every other test's letters.
        await using var app = new FormulateAppFactory();
        app.StartServer();
        var services = app.Services;
        var drafts = services.GetRequiredService<ConfigurationDrafts>();
        var saved = await drafts.EditAsync(ParameterSetKind.Configuration,
            set => set with { Council = set.Council! with { ShowChcPredictionInLetters = true } }, "demo.config");
        saved.Succeeded.ShouldBeTrue();
        var today = UkTime.Today(services.GetRequiredService<TimeProvider>());
        (await services.GetRequiredService<ParameterVersions>().PublishAsync(saved.Version!.Id, today, "demo.config")).Succeeded.ShouldBeTrue();
        var person = await LetterData.AddPersonAsync(services, "Chloe");
        await LetterData.AddApprovedEstimateAsync(services, person.Id, "wc02");
        var chc = LetterExamples.Result("wc02").Chc;
        var page = await fixture.NewPageAsync(app);
        await SignIn.AsAsync(page, "demo.practitioner");

        await Pages.OpenAsync(page, $"/people/{person.Id}/letter");

        var appendix = page.Locator("#chc-appendix");
        await appendix.WaitForAsync();
        (await appendix.Locator("h3").InnerTextAsync()).ShouldBe(LetterHeadings.ChcAppendix);
        var rows = await appendix.Locator("tbody tr").AllInnerTextsAsync();
        rows.Select(row => row.Split('\t').Select(cell => cell.Trim()).ToArray())
            .ShouldBe(chc.Domains.Select(domain => new[] { domain.Label, domain.Descriptor!.Level.ToString(), domain.Descriptor.Text }));
        await Axe.AssertAccessibleAsync(page);
    }
}
