using System.Net;
using System.Text;
using Formulate.Data.Entities;
using Formulate.Data.Parameters;
using Formulate.Engine.Defaults;
using Formulate.Engine.Parameters;
using Formulate.Tests.Web.Support;
using Formulate.Web.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Configuration;

public sealed class ConfigurationFileImportTests
{
    private static readonly Dictionary<string, string> AsConfiguration = new() { ["Kind"] = "configuration" };

    private static string NextVersion(string json) =>
        json.Replace($"\"version\": \"{DefaultDefinitions.Definition.Configuration.Version}\"", "\"version\": \"2026.1\"", StringComparison.Ordinal);

    private static async Task<(FormulateWebFactory Factory, WebSession Session, HtmlPage Form)> OpenAsync()
    {
        var factory = new FormulateWebFactory();
        var session = factory.NewSession();
        await session.SignInAsync("demo.config");
        return (factory, session, await session.GetPageAsync("/configuration/import"));
    }

    private static Task<ParameterSetVersion?> DraftAsync(FormulateWebFactory factory) =>
        factory.Services.GetRequiredService<ParameterVersionStore>().FindDraftAsync(ParameterSetKind.Configuration);

    /// <summary>A change to the council configuration draft by another officer, starting the draft if there is none.</summary>
    private static async Task<ParameterSetVersion> ChangeDraftAsOtherOfficerAsync(FormulateWebFactory factory, decimal rate = 30m) =>
        (await factory.Services.GetRequiredService<ConfigurationDrafts>().EditAsync(ParameterSetKind.Configuration,
            set => ParameterSetEdits.WithValue(set, "rate.supported_living", new DateOnly(2027, 4, 1), rate, "Cabinet decision (other officer)"), "j.smith")).Version!;

    private static Task<HttpResponseMessage> PasteAsync(WebSession session, HtmlPage form, string json, IReadOnlyDictionary<string, string>? more = null) =>
        session.SubmitAsync(form, "form:has(#Json)", new Dictionary<string, string>(more ?? new Dictionary<string, string>()) { ["Kind"] = "configuration", ["Json"] = json });

    [Fact]
    public async Task Import_ChosenFile_BecomesTheDraft()
    {
        var (factory, session, form) = await OpenAsync();
        using var _ = factory;
        using var __ = session;

        var response = await session.SubmitWithFileAsync(form, "form:has(#Json)", AsConfiguration, "File", "council.json",
            Encoding.UTF8.GetBytes(NextVersion(DefaultDefinitions.ConfigurationJson)));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var draft = (await DraftAsync(factory)).ShouldNotBeNull();
        draft.SetVersion.ShouldBe("2026.1");
        response.Headers.Location!.OriginalString.ShouldEndWith($"/configuration/versions/configuration/{draft.Id}");
    }

    [Fact]
    public async Task Import_FileWithAProblem_ListsItAgainstTheFileAndChangesNothing()
    {
        var (factory, session, form) = await OpenAsync();
        using var _ = factory;
        using var __ = session;
        var json = NextVersion(DefaultDefinitions.ConfigurationJson).Replace("\"value\": 21.64", "\"value\": -21.64", StringComparison.Ordinal);

        var page = await HtmlPage.ReadAsync(
            await session.SubmitWithFileAsync(form, "form:has(#Json)", AsConfiguration, "File", "council.json", Encoding.UTF8.GetBytes(json)), form.Url);

        page.ErrorSummary.ShouldHaveSingleItem().ShouldStartWith("rate.home_care:");
        page.Document.QuerySelector(".staff-error-summary__list a")!.GetAttribute("href").ShouldBe("#File");
        page.InlineError("File").ShouldBe("The file has 1 problem");
        (await DraftAsync(factory)).ShouldBeNull();
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x7B, 0x00 }, "The file is not UTF-8 text. Choose the .json file exactly as Export downloaded it")]
    [InlineData(new byte[0], "The chosen file is empty. Choose the .json file that Export downloaded")]
    public async Task Import_FileThatCannotBeRead_SaysWhyAndChangesNothing(byte[] file, string message)
    {
        var (factory, session, form) = await OpenAsync();
        using var _ = factory;
        using var __ = session;

        var page = await HtmlPage.ReadAsync(await session.SubmitWithFileAsync(form, "form:has(#Json)", AsConfiguration, "File", "council.json", file), form.Url);

        page.ErrorSummary.ShouldBe([message]);
        page.InlineError("File").ShouldBe(message);
        (await DraftAsync(factory)).ShouldBeNull();
    }

    [Fact]
    public async Task Import_NoFileAndNothingPasted_AsksForOne()
    {
        var (factory, session, form) = await OpenAsync();
        using var _ = factory;
        using var __ = session;

        var page = await HtmlPage.ReadAsync(
            await session.SubmitWithFileAsync(form, "form:has(#Json)", AsConfiguration, "File", string.Empty, []), form.Url);

        page.ErrorSummary.ShouldBe(["Choose the file to import, or paste its JSON"]);
        (await DraftAsync(factory)).ShouldBeNull();
    }

    [Fact]
    public async Task ImportPage_ADraftOfOneKind_NamesWhoLastChangedItAndWhenAndSaysTheOtherHasNone()
    {
        var (factory, session, _) = await OpenAsync();
        using var _f = factory;
        using var _s = session;
        factory.Clock.Now = new DateTimeOffset(2026, 7, 1, 13, 5, 0, TimeSpan.Zero);
        var draft = await ChangeDraftAsOtherOfficerAsync(factory);

        var page = await session.GetPageAsync("/configuration/import");

        var rows = page.Document.QuerySelectorAll("#drafts .staff-summary-list__row");
        rows.Length.ShouldBe(2);
        rows[0].QuerySelector("dt")!.TextContent.Trim().ShouldBe("Council configuration draft");
        rows[0].QuerySelector(".staff-summary-list__value")!.TextContent.Trim()
            .ShouldBe($"{draft.Stamp}, last changed by j.smith (1 July 2026 at 2:05pm). Importing a council configuration file replaces it.");
        rows[0].QuerySelector(".staff-summary-list__actions a")!.GetAttribute("href").ShouldBe($"/configuration/versions/configuration/{draft.Id}");
        rows[1].QuerySelector("dt")!.TextContent.Trim().ShouldBe("Model parameters draft");
        rows[1].QuerySelector(".staff-summary-list__value")!.TextContent.Trim().ShouldBe("No draft. Importing a model parameters file starts one.");
    }

    [Fact]
    public async Task Import_DraftChangedByAnotherOfficerAfterThePageOpened_ImportsNothingKeepsThePastedJsonAndNamesThem()
    {
        var (factory, session, _) = await OpenAsync();
        using var _f = factory;
        using var _s = session;
        await ChangeDraftAsOtherOfficerAsync(factory, 30m);
        var form = await session.GetPageAsync("/configuration/import");
        factory.Clock.Advance(TimeSpan.FromMinutes(20));
        var changed = await ChangeDraftAsOtherOfficerAsync(factory, 31m);
        var json = NextVersion(DefaultDefinitions.ConfigurationJson);

        var page = await HtmlPage.ReadAsync(await PasteAsync(session, form, json), form.Url);

        page.Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Document.Title!.ShouldStartWith("Error: ");
        page.ErrorSummary.ShouldBe([
            $"{changed.Stamp} was changed by j.smith (22 November 2026 at 10:35am) after you opened this page, so nothing was imported and that draft is kept. "
            + "Look at it, then import the file again if it should still replace it."]);
        page.Document.QuerySelector(".staff-error-summary__list a")!.GetAttribute("href").ShouldBe($"/configuration/versions/configuration/{changed.Id}");
        page.Document.QuerySelector(".staff-error-summary p").ShouldBeNull();
        page.Document.GetElementById("Json")!.TextContent.ShouldBe(json);
        var draft = (await DraftAsync(factory))!;
        (draft.Version, draft.UpdatedBy, draft.Json).ShouldBe((changed.Version, "j.smith", changed.Json));
    }

    [Fact]
    public async Task Import_DraftStartedByAnotherOfficerWhenThePageShowedNone_ImportsNothingAndNamesThem()
    {
        var (factory, session, form) = await OpenAsync();
        using var _f = factory;
        using var _s = session;
        var started = await ChangeDraftAsOtherOfficerAsync(factory);

        var page = await HtmlPage.ReadAsync(await PasteAsync(session, form, NextVersion(DefaultDefinitions.ConfigurationJson)), form.Url);

        page.ErrorSummary.ShouldHaveSingleItem().ShouldStartWith($"{started.Stamp} was started by j.smith (22 November 2026 at 10:15am) after you opened this page, so nothing was imported");
        page.Document.QuerySelector(".staff-error-summary__list a")!.GetAttribute("href").ShouldBe($"/configuration/versions/configuration/{started.Id}");
        (await DraftAsync(factory))!.Json.ShouldBe(started.Json);
    }

    [Fact]
    public async Task Import_AfterARefusal_TheRefreshedPageImportsOverTheDraftItNowShows()
    {
        var (factory, session, form) = await OpenAsync();
        using var _f = factory;
        using var _s = session;
        await ChangeDraftAsOtherOfficerAsync(factory);
        var json = NextVersion(DefaultDefinitions.ConfigurationJson);
        var refused = await HtmlPage.ReadAsync(await PasteAsync(session, form, json), form.Url);
        refused.ErrorSummary.Count.ShouldBe(1);

        var imported = await PasteAsync(session, refused, json);

        imported.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var draft = (await DraftAsync(factory))!;
        (draft.SetVersion, draft.UpdatedBy).ShouldBe(("2026.1", "demo.config"));
    }

    [Theory]
    [InlineData(true, "was published by demo.config (22 November 2026 at 10:15am)")]
    [InlineData(false, "draft you saw was discarded by demo.config (22 November 2026 at 10:15am)")]
    public async Task Import_DraftPublishedOrDiscardedAfterThePageOpened_ImportsNothingAndSaysWhatBecameOfIt(bool published, string said)
    {
        var (factory, session, _) = await OpenAsync();
        using var _f = factory;
        using var _s = session;
        var shown = await ChangeDraftAsOtherOfficerAsync(factory);
        var form = await session.GetPageAsync("/configuration/import");
        var store = factory.Services.GetRequiredService<ParameterVersionStore>();
        (published
            ? await factory.Services.GetRequiredService<ParameterVersions>().PublishAsync(shown.Id, new DateOnly(2027, 4, 1), "demo.config")
            : await store.DiscardDraftAsync(shown.Id, "demo.config")).Succeeded.ShouldBeTrue();

        var page = await HtmlPage.ReadAsync(await PasteAsync(session, form, NextVersion(DefaultDefinitions.ConfigurationJson)), form.Url);

        page.ErrorSummary.ShouldHaveSingleItem().ShouldContain(said);
        page.ErrorSummary[0].ShouldContain("after you opened this page, so nothing was imported");
        page.Document.QuerySelector(".staff-error-summary__list a")!.GetAttribute("href")
            .ShouldBe(published ? $"/configuration/versions/configuration/{shown.Id}" : "/configuration/versions/configuration");
        (await DraftAsync(factory)).ShouldBeNull();
    }

    [Theory]
    [InlineData("")]
    [InlineData("3")]
    [InlineData("someone's draft")]
    public async Task Import_WhichDraftWasShownMissingOrMalformed_SaysSoAndImportsNothing(string shown)
    {
        var (factory, session, form) = await OpenAsync();
        using var _f = factory;
        using var _s = session;
        var json = NextVersion(DefaultDefinitions.ConfigurationJson);

        var page = await HtmlPage.ReadAsync(await PasteAsync(session, form, json, new Dictionary<string, string> { ["ConfigurationDraft"] = shown }), form.Url);

        page.Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.ErrorSummary.ShouldBe([
            "The form did not say which council configuration draft this page showed, so nothing was imported in case it would replace a draft you have not seen. "
            + "Look at the drafts listed on this page, then import the file again."]);
        page.Document.GetElementById("Json")!.TextContent.ShouldBe(json);
        (await DraftAsync(factory)).ShouldBeNull();
    }
}
