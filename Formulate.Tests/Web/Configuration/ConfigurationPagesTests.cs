using System.Net;
using Formulate.Analysis.Defaults;
using Formulate.Data.Parameters;
using Formulate.Data.SignOff;
using Formulate.Engine.Defaults;
using Formulate.Engine.Parameters;
using Formulate.Tests.Web.Support;
using Formulate.Web.Configuration;
using Formulate.Web.Reproducibility;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Configuration;

/// <summary>Each test starts the app on its own database: publishing changes what every later request sees.</summary>
public sealed class ConfigurationPagesTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(Formulate.Tests.Data.Infrastructure.FixedTimeProvider.DefaultNow.UtcDateTime);

    [Fact]
    public async Task RatesPage_ShippedConfiguration_ShowsTheParameterGridItsFiltersAndTheBenchmarkSource()
    {
        using var factory = new FormulateWebFactory();
        using var session = await SignedInAsync(factory);

        var page = await session.GetPageAsync("/configuration/rates");

        // The grid's rows, warnings and benchmarks load once the page is interactive: ParameterGridTests checks them.
        page.Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Document.GetElementById("parameters").ShouldNotBeNull();
        page.Document.QuerySelector("label[for=area-filter]")!.TextContent.ShouldBe("Area");
        page.Document.QuerySelectorAll("#area-filter option").Select(option => option.TextContent).ShouldBe(["All areas", .. ParameterRows.Areas]);
        page.Document.QuerySelector("label[for=name-filter]")!.TextContent.ShouldBe("Name contains");
        page.Document.GetElementById("benchmark-source")!.TextContent.ShouldContain("Illustrative");
        page.Document.QuerySelectorAll("#model-decisions .staff-summary-list__key").Select(key => key.TextContent.Trim()).ShouldContain("Unpaid support sustainable: yes");
    }

    [Fact]
    public async Task RatesPage_ShippedConfiguration_SaysWhichRulesReadEachRateAndDecision()
    {
        using var factory = new FormulateWebFactory();
        using var session = await SignedInAsync(factory);

        // The rates grid's details say the same: ParameterGridTests.Details_RatesAndDecisions_SayWhichRulesReadThem.
        var edit = await session.GetPageAsync("/configuration/configuration/parameter?key=rate.respite_week");
        edit.Document.QuerySelector(".app-used-by")!.TextContent.Trim().ShouldBe("Used by: Breaks for the unpaid carer.");
    }

    [Fact]
    public async Task RatesPage_SimilarCouncilsChosen_AveragesOnlyThoseCouncils()
    {
        using var factory = new FormulateWebFactory();
        using var session = await SignedInAsync(factory);
        var expected = Formulate.Analysis.Benchmarking.BenchmarkStatistics.Rate(AnalysisDefaults.IllustrativeBenchmark, "rate.home_care",
            new Formulate.Analysis.Benchmarking.SimilarCouncils(Formulate.Analysis.Benchmarking.DeprivationBand.LeastDeprived, "london"))!;

        var page = await session.GetPageAsync("/configuration/rates?band=LeastDeprived&region=london");

        page.Document.QuerySelector("#band option[selected]")!.GetAttribute("value").ShouldBe("LeastDeprived");
        page.Document.QuerySelector("#region option[selected]")!.GetAttribute("value").ShouldBe("london");
        // The grid's rows are built for the councils chosen; ParameterGridTests.Render_SimilarCouncilsChosen_AveragesOnlyThoseCouncils shows them.
        ParameterRows.Build(DefaultDefinitions.Definition.Configuration, AnalysisDefaults.IllustrativeBenchmark,
                new Formulate.Analysis.Benchmarking.SimilarCouncils(Formulate.Analysis.Benchmarking.DeprivationBand.LeastDeprived, "london"), Today)
            .Single(row => row.Key == "rate.home_care").Benchmark!.SimilarAverage.ShouldBe(expected.SimilarAverage);
    }

    [Fact]
    public async Task EditParameter_ValidValue_SavesADraftWithoutChangingEstimates()
    {
        using var factory = new FormulateWebFactory();
        using var session = await SignedInAsync(factory);

        var saved = await EditAsync(session, "rate.home_care", "23.50", Today);

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        saved.Headers.Location!.PathAndQuery.ShouldBe("/configuration/rates?saved=rate.home_care");
        var draft = (await factory.Services.GetRequiredService<ParameterVersionStore>().FindDraftAsync(ParameterSetKind.Configuration))!;
        draft.Stamp.ShouldBe("demo-council@2025.4");
        ParameterVersionStore.Read(draft).Find("rate.home_care")!.At(Today)!.Value.ShouldBe(23.50m);
        factory.Services.GetRequiredService<EngineRegistry>().InForceOn(ParameterSetKind.Configuration, Today).Stamp.ShouldBe("demo-council@2025.3");
        var rates = await session.GetPageAsync(saved.Headers.Location.PathAndQuery);
        rates.Document.QuerySelector(".staff-banner")!.TextContent.ShouldContain("Homecare, per hour saved in draft demo-council@2025.4");
        rates.Document.GetElementById("editing")!.TextContent.ShouldContain("You are changing draft demo-council@2025.4");
        ParameterRows.Build(ParameterVersionStore.Read(draft), AnalysisDefaults.IllustrativeBenchmark, new Formulate.Analysis.Benchmarking.SimilarCouncils(Formulate.Analysis.Benchmarking.DeprivationBand.Middle, "urban"), Today)
            .Single(row => row.Key == "rate.home_care").ValueText.ShouldBe("£23.50 per hour");
    }

    [Fact]
    public async Task EditParameter_BadInput_ListsEveryProblemAndSavesNothing()
    {
        using var factory = new FormulateWebFactory();
        using var session = await SignedInAsync(factory);
        var form = await session.GetPageAsync("/configuration/configuration/parameter?key=rate.home_care");

        var page = await HtmlPage.ReadAsync(await session.SubmitAsync(form, "form:has(#Value)", new Dictionary<string, string>
        {
            ["Value"] = "twenty",
            ["From-day"] = "31",
            ["From-month"] = "2",
            ["From-year"] = "2026",
            ["Reference"] = "",
        }), form.Url);

        page.ErrorSummary.ShouldBe(
        [
            "The new value must be a number, like 21.64",
            "The date it applies from must be a real date, like 1 4 2026",
            "Enter the source or council decision that sets this value",
        ]);
        (await factory.Services.GetRequiredService<ParameterVersionStore>().FindDraftAsync(ParameterSetKind.Configuration)).ShouldBeNull();
    }

    [Fact]
    public async Task Publish_DraftWithEffectiveDate_IsUsedForEstimatesFromThatDateAndAudited()
    {
        using var factory = new FormulateWebFactory();
        using var session = await SignedInAsync(factory);
        var april = new DateOnly(Today.Year + 1, 4, 1);
        await EditAsync(session, "rate.home_care", "24.00", april);
        var draft = (await factory.Services.GetRequiredService<ParameterVersionStore>().FindDraftAsync(ParameterSetKind.Configuration))!;
        var page = await session.GetPageAsync($"/configuration/versions/configuration/{draft.Id}");
        page.Document.QuerySelector("#diff tr[data-key='rate.home_care']")!.TextContent.ShouldContain("£24.00");

        var confirmation = await HtmlPage.ReadAsync(await session.SubmitAsync(page, "form:has(#EffectiveFrom)", PublishFields(april)), page.Url);

        var published = await session.SubmitAsync(confirmation, "#confirm-publish");

        published.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.Services.GetRequiredService<ParameterVersionStore>().FindAsync(draft.Id))!.Note.ShouldBe("Uplift for next year");
        var registry = factory.Services.GetRequiredService<EngineRegistry>();
        registry.InForceOn(ParameterSetKind.Configuration, april).Stamp.ShouldBe("demo-council@2025.4");
        registry.InForceOn(ParameterSetKind.Configuration, april.AddDays(-1)).Stamp.ShouldBe("demo-council@2025.3");
        var audit = await factory.Services.GetRequiredService<Formulate.Data.Audit.AuditLog>()
            .SearchAsync(new Formulate.Data.Audit.AuditQuery { Action = "Council configuration version published" });
        audit.ShouldHaveSingleItem().Entry.UserName.ShouldBe("demo.config");
        var versions = await session.GetPageAsync("/configuration/versions/configuration");
        versions.Document.QuerySelector("#versions tbody")!.TextContent.ShouldContain("Future");
    }

    [Fact]
    public async Task Publish_FirstPress_AsksForConfirmationWithTheEffectiveDateAndPublishesNothing()
    {
        using var factory = new FormulateWebFactory();
        using var session = await SignedInAsync(factory);
        var april = new DateOnly(Today.Year + 1, 4, 1);
        await EditAsync(session, "rate.home_care", "24.00", april);
        var store = factory.Services.GetRequiredService<ParameterVersionStore>();
        var draft = (await store.FindDraftAsync(ParameterSetKind.Configuration))!;
        var page = await session.GetPageAsync($"/configuration/versions/configuration/{draft.Id}");

        var response = await session.SubmitAsync(page, "form:has(#EffectiveFrom)", PublishFields(april));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var confirmation = await HtmlPage.ReadAsync(response, page.Url);
        confirmation.Document.GetElementById("publish-confirmation")!.TextContent.ShouldBe("Publish version 2025.4?");
        var warning = string.Join(' ', confirmation.Document.GetElementById("publish-warning")!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        warning.ShouldContain($"You are about to publish demo-council@2025.4 with the effective date 1 April {april.Year}.");
        warning.ShouldContain("Once published it can never be changed or deleted.");
        warning.ShouldContain($"Estimates for assessments on or after 1 April {april.Year} will use it.");
        confirmation.Document.QuerySelectorAll("#confirm-publish button").Select(b => b.TextContent.Trim()).ShouldBe(["Yes, publish version 2025.4", "Cancel"]);
        confirmation.Document.GetElementById("EffectiveFrom").ShouldBeNull();
        confirmation.Document.GetElementById("discard-draft").ShouldBeNull();
        (await store.FindAsync(draft.Id))!.Status.ShouldBe(Formulate.Data.Entities.ParameterVersionStatus.Draft);
        factory.Services.GetRequiredService<EngineRegistry>().InForceOn(ParameterSetKind.Configuration, april).Stamp.ShouldBe("demo-council@2025.3");
    }

    [Fact]
    public async Task Publish_Cancelled_PublishesNothingAndKeepsTheDateAndNoteTyped()
    {
        using var factory = new FormulateWebFactory();
        using var session = await SignedInAsync(factory);
        var april = new DateOnly(Today.Year + 1, 4, 1);
        await EditAsync(session, "rate.home_care", "24.00", april);
        var store = factory.Services.GetRequiredService<ParameterVersionStore>();
        var draft = (await store.FindDraftAsync(ParameterSetKind.Configuration))!;
        var page = await session.GetPageAsync($"/configuration/versions/configuration/{draft.Id}");
        var confirmation = await HtmlPage.ReadAsync(await session.SubmitAsync(page, "form:has(#EffectiveFrom)", PublishFields(april)), page.Url);

        var response = await session.SubmitAsync(confirmation, "#confirm-publish", new Dictionary<string, string> { ["Cancel"] = "true" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var form = await HtmlPage.ReadAsync(response, page.Url);
        form.Document.GetElementById("publish-confirmation").ShouldBeNull();
        form.Document.GetElementById("EffectiveFrom-day")!.GetAttribute("value").ShouldBe("1");
        form.Document.GetElementById("EffectiveFrom-year")!.GetAttribute("value").ShouldBe(april.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        form.Document.QuerySelector("textarea[name=Note]")!.TextContent.ShouldBe("Uplift for next year");
        (await store.FindAsync(draft.Id))!.Status.ShouldBe(Formulate.Data.Entities.ParameterVersionStatus.Draft);
    }

    [Fact]
    public async Task Publish_DraftChangedByAnotherOfficerAfterPageOpened_IsNotPublishedAndShowsTheirChange()
    {
        using var factory = new FormulateWebFactory();
        using var session = await SignedInAsync(factory);
        var april = new DateOnly(Today.Year + 1, 4, 1);
        var (store, draft, page) = await OpenDraftThenAnotherOfficerChangesItAsync(factory, session, april);

        var response = await session.SubmitAsync(page, "form:has(#EffectiveFrom)", new Dictionary<string, string>
        {
            ["EffectiveFrom-day"] = "1",
            ["EffectiveFrom-month"] = "4",
            ["EffectiveFrom-year"] = april.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Note"] = "Uplift for next year",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var result = await HtmlPage.ReadAsync(response, page.Url);
        result.Document.Title!.ShouldStartWith("Error: ");
        result.ErrorSummary.ShouldHaveSingleItem().ShouldContain("was changed by j.smith");
        result.ErrorSummary[0].ShouldContain("so it was not published");
        result.Document.QuerySelector(".staff-error-summary__list a")!.GetAttribute("href").ShouldBe("#diff");
        result.Document.QuerySelector("#diff tr[data-key='rate.supported_living']").ShouldNotBeNull();
        result.Document.GetElementById("EffectiveFrom-year")!.GetAttribute("value").ShouldBe(april.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        (await store.FindAsync(draft.Id))!.Status.ShouldBe(Formulate.Data.Entities.ParameterVersionStatus.Draft);
        factory.Services.GetRequiredService<EngineRegistry>().InForceOn(ParameterSetKind.Configuration, april).Stamp.ShouldBe("demo-council@2025.3");
    }

    [Fact]
    public async Task Discard_DraftChangedByAnotherOfficerAfterPageOpened_KeepsTheDraft()
    {
        using var factory = new FormulateWebFactory();
        using var session = await SignedInAsync(factory);
        var april = new DateOnly(Today.Year + 1, 4, 1);
        var (store, draft, page) = await OpenDraftThenAnotherOfficerChangesItAsync(factory, session, april);

        var response = await session.SubmitAsync(page, "#discard-draft");

        var result = await HtmlPage.ReadAsync(response, page.Url);
        result.ErrorSummary.ShouldHaveSingleItem().ShouldContain("so it was not discarded");
        (await store.FindDraftAsync(ParameterSetKind.Configuration)).ShouldNotBeNull();
    }

    [Fact]
    public async Task Import_FileWithSeveralProblems_ListsEachAndChangesNothing()
    {
        using var factory = new FormulateWebFactory();
        using var session = await SignedInAsync(factory);
        var json = DefaultDefinitions.ConfigurationJson
            .Replace("\"value\": 21.64", "\"value\": -21.64", StringComparison.Ordinal)
            .Replace("\"name\": \"Demo Borough Council\"", "\"name\": \"\"", StringComparison.Ordinal)
            .Replace($"\"version\": \"{DefaultDefinitions.Definition.Configuration.Version}\"", "\"version\": \"2026.1\"", StringComparison.Ordinal);
        var form = await session.GetPageAsync("/configuration/import");

        var page = await HtmlPage.ReadAsync(await session.SubmitAsync(form, "form:has(#Json)", new Dictionary<string, string>
        {
            ["Kind"] = "configuration",
            ["Json"] = json,
        }), form.Url);

        page.ErrorSummary.Count.ShouldBe(2);
        page.ErrorSummary.ShouldContain(e => e.StartsWith("council:", StringComparison.Ordinal));
        page.ErrorSummary.ShouldContain(e => e.StartsWith("rate.home_care:", StringComparison.Ordinal) && e.Contains("negative", StringComparison.Ordinal));
        (await factory.Services.GetRequiredService<ParameterVersionStore>().FindDraftAsync(ParameterSetKind.Configuration)).ShouldBeNull();
    }

    [Fact]
    public async Task ApprovalLimit_PublishedLower_IsUsedBySignOff()
    {
        using var factory = new FormulateWebFactory();
        using var session = await SignedInAsync(factory);
        await EditAsync(session, "policy.second_approval_above_weekly", "400", Today);
        var draft = (await factory.Services.GetRequiredService<ParameterVersionStore>().FindDraftAsync(ParameterSetKind.Configuration))!;
        var policy = factory.Services.GetRequiredService<ISignOffPolicy>();
        policy.SecondApprovalAboveWeekly.ShouldBe(1000m);

        await factory.Services.GetRequiredService<Formulate.Web.Configuration.ParameterVersions>().PublishAsync(draft.Id, Today, "demo.config");

        policy.SecondApprovalAboveWeekly.ShouldBe(400m);
        factory.Services.GetRequiredService<SignOffStore>().Policy.SecondApprovalAboveWeekly.ShouldBe(400m);
    }

    [Fact]
    public async Task ApiEstimate_FutureVersionPublished_UsedFromItsEffectiveDateOnly()
    {
        using var factory = new FormulateWebFactory();
        var april = new DateOnly(2027, 4, 1);
        var drafts = factory.Services.GetRequiredService<Formulate.Web.Configuration.ConfigurationDrafts>();
        var draft = (await drafts.EditAsync(ParameterSetKind.Configuration, set => ParameterSetEdits.WithValue(set, "rate.home_care", april, 30m, "Test"), "demo.config")).Version!;
        (await factory.Services.GetRequiredService<Formulate.Web.Configuration.ParameterVersions>().PublishAsync(draft.Id, april, "demo.config")).Succeeded.ShouldBeTrue();
        var key = (await factory.Services.GetRequiredService<Formulate.Web.Api.ApiKeyStore>().CreateAsync("Test", "tests")).Key;
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(Formulate.Web.Api.ApiKeyDefaults.HeaderName, key);
        var profile = new Formulate.Tests.Engine.ProfileBuilder()
            .With("person.living_situation", "own_home_alone").With("person.has_unpaid_carer", "no")
            .Need("hygiene", "some").Need("dressing", "prompting")
            .Build();

        async Task<System.Text.Json.JsonElement> EstimateOnAsync(DateOnly date)
        {
            var response = await client.PostAsync("/api/v1/estimates", Formulate.Tests.Web.Api.ApiFixture.Json(profile with { AssessmentDate = date }));
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            return System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        }

        var before = await EstimateOnAsync(april.AddDays(-1));
        var after = await EstimateOnAsync(april);

        before.GetProperty("versions").GetProperty("configuration").GetString().ShouldBe("demo-council@2025.3");
        after.GetProperty("versions").GetProperty("configuration").GetString().ShouldBe("demo-council@2025.4");
        after.GetProperty("weeklyEstimate").GetDecimal().ShouldBeGreaterThan(before.GetProperty("weeklyEstimate").GetDecimal());
    }

    private static Dictionary<string, string> PublishFields(DateOnly effective) => new()
    {
        ["EffectiveFrom-day"] = effective.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["EffectiveFrom-month"] = effective.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["EffectiveFrom-year"] = effective.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Note"] = "Uplift for next year",
    };

    /// <summary>An officer's draft, its page as they opened it, and then another officer's change to it.</summary>
    private static async Task<(ParameterVersionStore Store, Formulate.Data.Entities.ParameterSetVersion Draft, HtmlPage Page)> OpenDraftThenAnotherOfficerChangesItAsync(
        FormulateWebFactory factory, WebSession session, DateOnly april)
    {
        await EditAsync(session, "rate.home_care", "24.00", april);
        var store = factory.Services.GetRequiredService<ParameterVersionStore>();
        var draft = (await store.FindDraftAsync(ParameterSetKind.Configuration))!;
        var page = await session.GetPageAsync($"/configuration/versions/configuration/{draft.Id}");
        await ChangeDraftAsOtherOfficerAsync(factory, april);
        return (store, draft, page);
    }

    private static async Task ChangeDraftAsOtherOfficerAsync(FormulateWebFactory factory, DateOnly from) =>
        (await factory.Services.GetRequiredService<Formulate.Web.Configuration.ConfigurationDrafts>().EditAsync(ParameterSetKind.Configuration,
            set => ParameterSetEdits.WithValue(set, "rate.supported_living", from, 30m, "Cabinet decision (other officer)"), "j.smith")).Succeeded.ShouldBeTrue();

    private static async Task<WebSession> SignedInAsync(FormulateWebFactory factory)
    {
        var session = factory.NewSession();
        await session.SignInAsync("demo.config");
        return session;
    }

    private static async Task<HttpResponseMessage> EditAsync(WebSession session, string key, string value, DateOnly from)
    {
        var form = await session.GetPageAsync($"/configuration/configuration/parameter?key={Uri.EscapeDataString(key)}");
        return await session.SubmitAsync(form, "form:has(#Value)", new Dictionary<string, string>
        {
            ["Value"] = value,
            ["From-day"] = from.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["From-month"] = from.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["From-year"] = from.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Reference"] = "Cabinet decision (test)",
        });
    }
}
