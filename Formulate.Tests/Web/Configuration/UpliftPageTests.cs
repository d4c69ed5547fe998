using System.Globalization;
using System.Net;
using Formulate.Data.Parameters;
using Formulate.Engine.Parameters;
using Formulate.Tests.Web.Support;
using Formulate.Web.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Configuration;

public sealed class UpliftPageTests
{
    private static readonly DateOnly April = new(DateOnly.FromDateTime(Formulate.Tests.Data.Infrastructure.FixedTimeProvider.DefaultNow.UtcDateTime).Year + 1, 4, 1);

    [Fact]
    public async Task Uplift_SameFormPostedTwice_RaisesTheRateOnceAndSaysTheDraftHasChanged()
    {
        using var factory = new FormulateWebFactory();
        using var session = factory.NewSession();
        await session.SignInAsync("demo.config");
        var form = await session.GetPageAsync("/configuration/uplift");

        var first = await HtmlPage.ReadAsync(await session.SubmitAsync(form, "form:has(#Percent)", Fields()), form.Url);
        var again = await HtmlPage.ReadAsync(await session.SubmitAsync(form, "form:has(#Percent)", Fields()), form.Url);

        first.ErrorSummary.ShouldBeEmpty();
        first.Document.GetElementById("uplift-lines")!.TextContent.ShouldContain("£23.80");
        again.Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        again.ErrorSummary.ShouldHaveSingleItem().ShouldContain("The draft has changed since this page was opened");
        var draft = (await factory.Services.GetRequiredService<ParameterVersionStore>().FindDraftAsync(ParameterSetKind.Configuration))!;
        ParameterVersionStore.Read(draft).Find("rate.home_care")!.At(April)!.Value.ShouldBe(23.80m);
    }

    /// <remarks>A new draft counts its versions from the start again, so the version alone would take it for the one shown.</remarks>
    [Fact]
    public async Task Uplift_DraftDiscardedAndStartedAgainSinceOpened_IsRefusedAndTheNewDraftKept()
    {
        using var factory = new FormulateWebFactory();
        using var session = factory.NewSession();
        await session.SignInAsync("demo.config");
        var drafts = factory.Services.GetRequiredService<ConfigurationDrafts>();
        var store = factory.Services.GetRequiredService<ParameterVersionStore>();
        var first = (await drafts.EditAsync(ParameterSetKind.Configuration, set => set, "j.smith")).Version!;
        var form = await session.GetPageAsync("/configuration/uplift");
        (await store.DiscardDraftAsync(first.Id, "j.smith")).Succeeded.ShouldBeTrue();
        var second = (await drafts.EditAsync(ParameterSetKind.Configuration, set => set, "a.khan")).Version!;
        second.Version.ShouldBe(first.Version);

        var refused = await HtmlPage.ReadAsync(await session.SubmitAsync(form, "form:has(#Percent)", Fields()), form.Url);

        refused.ErrorSummary.ShouldHaveSingleItem().ShouldContain("The draft has changed since this page was opened");
        var draft = (await store.FindDraftAsync(ParameterSetKind.Configuration))!;
        draft.Id.ShouldBe(second.Id);
        draft.Version.ShouldBe(second.Version);
    }

    [Fact]
    public async Task Uplift_FormWithoutTheDraftItWasOpenedOn_SavesNothingAndSaysWhy()
    {
        using var factory = new FormulateWebFactory();
        using var session = factory.NewSession();
        await session.SignInAsync("demo.config");
        var form = await session.GetPageAsync("/configuration/uplift");
        var fields = Fields();
        fields["DraftVersion"] = "yesterday";

        var refused = await HtmlPage.ReadAsync(await session.SubmitAsync(form, "form:has(#Percent)", fields), form.Url);

        refused.Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        refused.ErrorSummary.ShouldHaveSingleItem().ShouldContain("The form did not say which draft it was opened on");
        (await factory.Services.GetRequiredService<ParameterVersionStore>().FindDraftAsync(ParameterSetKind.Configuration)).ShouldBeNull();
    }

    [Fact]
    public async Task Uplift_Saved_ClearsTheFormSoThatItIsNotAppliedAgain()
    {
        using var factory = new FormulateWebFactory();
        using var session = factory.NewSession();
        await session.SignInAsync("demo.config");
        var form = await session.GetPageAsync("/configuration/uplift");

        var saved = await HtmlPage.ReadAsync(await session.SubmitAsync(form, "form:has(#Percent)", Fields()), form.Url);

        saved.Document.QuerySelector("#Percent")!.GetAttribute("value").ShouldBeNullOrEmpty();
        saved.Document.QuerySelector("#Reference")!.GetAttribute("value").ShouldBeNullOrEmpty();
        saved.Document.QuerySelectorAll("input[name=Keys][checked]").ShouldBeEmpty();
    }

    [Fact]
    public async Task Uplift_DecisionLongerThanTheLimit_SaysSoKeepsWhatWasTypedAndSavesNothing()
    {
        using var factory = new FormulateWebFactory();
        using var session = factory.NewSession();
        await session.SignInAsync("demo.config");
        var form = await session.GetPageAsync("/configuration/uplift");
        var fields = Fields();
        fields["Reference"] = new string('D', DatedValue.MaxReferenceLength + 1);

        var refused = await HtmlPage.ReadAsync(await session.SubmitAsync(form, "form:has(#Percent)", fields), form.Url);

        refused.ErrorSummary.ShouldHaveSingleItem().ShouldBe("The council decision must be 500 characters or fewer");
        refused.Document.QuerySelector("#Percent")!.GetAttribute("value").ShouldBe("10");
        (await factory.Services.GetRequiredService<ParameterVersionStore>().FindDraftAsync(ParameterSetKind.Configuration)).ShouldBeNull();
    }

    private static Dictionary<string, string> Fields() => new()
    {
        ["Percent"] = "10",
        ["From-day"] = "1",
        ["From-month"] = "4",
        ["From-year"] = April.Year.ToString(CultureInfo.InvariantCulture),
        ["Reference"] = "Cabinet decision (test): 10% uplift",
        ["Keys"] = "rate.home_care",
    };
}
