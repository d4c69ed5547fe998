using System.Net;
using Formulate.Data.Parameters;
using Formulate.Engine.Parameters;
using Formulate.Tests.Web.Support;
using Formulate.Web.Configuration;
using Formulate.Web.SelfAssessments;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Configuration;

/// <summary>A decision newer than the council's configuration: listed as not set, and added to the draft when set.</summary>
public sealed class OptionalDecisionPagesTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(Formulate.Tests.Data.Infrastructure.FixedTimeProvider.DefaultNow.UtcDateTime);

    [Fact]
    public async Task EditParameter_IndicativeFigureDecisionTheConfigurationLacks_IsListedAsNoAndSettingItAddsItToTheDraftOnly()
    {
        using var factory = new FormulateWebFactory();
        using var session = factory.NewSession();
        await session.SignInAsync("demo.config");
        var slug = IndicativeFigures.PolicyKey.Replace('.', '-');

        var rates = RowOf((await factory.Services.GetRequiredService<ConfigurationDrafts>().CurrentAsync(ParameterSetKind.Configuration)).Set);
        var edit = await session.GetPageAsync($"/configuration/configuration/parameter?key={IndicativeFigures.PolicyKey}");
        var saved = await session.SubmitAsync(edit, "form:has(#Value)", new Dictionary<string, string>
        {
            ["Value"] = "1",
            ["From-day"] = Today.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["From-month"] = Today.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["From-year"] = Today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Reference"] = "Cabinet decision (test)",
        });

        // The rates grid shows the configuration's rows: the decision it lacks as not set.
        rates.Id.ShouldBe($"decision-{slug}");
        rates.Label.ShouldBe("Show people an indicative figure when they send a self-assessment");
        rates.ValueText.ShouldBe("Not set, so No");
        edit.Heading.ShouldBe("Show people an indicative figure when they send a self-assessment");
        edit.Document.GetElementById("not-set")!.TextContent.ShouldBe("demo-council@2025.3 does not set this decision yet, so it is no. Setting it adds it to the draft.");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var draft = ParameterVersionStore.Read((await factory.Services.GetRequiredService<ParameterVersionStore>().FindDraftAsync(ParameterSetKind.Configuration))!);
        draft.Stamp.ShouldBe("demo-council@2025.4");
        var added = draft.Find(IndicativeFigures.PolicyKey).ShouldNotBeNull();
        (added.Label, added.Unit, added.Values.Single().Value, added.Values.Single().From).ShouldBe((IndicativeFigures.Policy.Label, "yes/no", 1m, Today));
        factory.Services.GetRequiredService<IndicativeFigures>().AreShown.ShouldBeFalse("nothing changes until the draft is published");
        RowOf(draft).ValueText.ShouldBe("Yes");
    }

    private static ParameterRow RowOf(ParameterSet set) =>
        ParameterRows.Build(set, Formulate.Analysis.Defaults.AnalysisDefaults.IllustrativeBenchmark,
            new Formulate.Analysis.Benchmarking.SimilarCouncils(Formulate.Analysis.Benchmarking.DeprivationBand.Middle, "urban"), Today)
            .Single(row => row.Key == IndicativeFigures.PolicyKey);
}
