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
        page.Document.QuerySelectorAll("main a.govuk-link").ShouldContain(link => link.TextContent == "Go back to publish the draft" && link.GetAttribute("href")!.EndsWith(draft.Id.ToString(), StringComparison.Ordinal));
    }
}
