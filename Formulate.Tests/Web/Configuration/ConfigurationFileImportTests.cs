using System.Net;
using System.Text;
using Formulate.Data.Entities;
using Formulate.Data.Parameters;
using Formulate.Engine.Defaults;
using Formulate.Engine.Parameters;
using Formulate.Tests.Web.Support;
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
        page.Document.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href").ShouldBe("#File");
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
}
