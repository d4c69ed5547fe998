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
}
