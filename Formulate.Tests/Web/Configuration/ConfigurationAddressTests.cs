using System.Net;
using Formulate.Data.Entities;
using Formulate.Data.Parameters;
using Formulate.Engine.Parameters;
using Formulate.Tests.Web.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Configuration;

/// <summary>
/// Addresses edited by hand, or cut short when copied, show the page and never the error page. The tests only read, so
/// they share an app.
/// </summary>
[Collection(SharedWebAppGroup.Name)]
public sealed class ConfigurationAddressTests(FormulateWebFactory shared)
{
    [Theory]
    [InlineData("from=abc&to=def")]
    [InlineData("from=&to=")]
    [InlineData("from=01a20776-9784-7519-a200-d63b99cdd58e&to=01a20776-9784")]
    public async Task Compare_VersionIdsNotIds_AsksForTwoVersions(string query)
    {
        var factory = shared;
        using var session = await SignedInAsync(factory);

        var page = await session.GetPageAsync($"/configuration/versions/model/compare?{query}");

        page.Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Heading.ShouldBe("Compare versions");
        page.Document.QuerySelector("main")!.TextContent.ShouldContain("Choose two versions of the same kind to compare.");
    }

    [Fact]
    public async Task CouncilDetails_SavedFlagNotTrueOrFalse_ShowsTheFormWithoutABanner()
    {
        var factory = shared;
        using var session = await SignedInAsync(factory);

        var page = await session.GetPageAsync("/configuration/council?saved=yes");

        page.Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Document.QuerySelector("#CouncilName").ShouldNotBeNull();
        page.Document.QuerySelector(".staff-banner.mud-alert-outlined-success").ShouldBeNull();
    }

    [Fact]
    public async Task Version_PublishedFlagNotTrueOrFalse_ShowsTheVersionWithoutABanner()
    {
        var factory = shared;
        using var session = await SignedInAsync(factory);
        var version = (await factory.Services.GetRequiredService<ParameterVersionStore>().ListAsync(ParameterSetKind.Model))[0];

        var page = await session.GetPageAsync($"/configuration/versions/model/{version.Id}?published=1");

        page.Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Heading.ShouldBe(version.Stamp);
        page.Document.QuerySelector(".staff-banner.mud-alert-outlined-success").ShouldBeNull();
    }

    [Fact]
    public async Task Version_ModelVersionUnderConfiguration_TitledNotFound()
    {
        var factory = shared;
        using var session = await SignedInAsync(factory);
        var version = (await factory.Services.GetRequiredService<ParameterVersionStore>().ListAsync(ParameterSetKind.Model))[0];

        var page = await session.GetPageAsync($"/configuration/versions/configuration/{version.Id}");

        page.Heading.ShouldBe("Version not found");
        page.Document.Title.ShouldBe("Version not found - Formulate");
    }

    private static async Task<WebSession> SignedInAsync(FormulateWebFactory factory)
    {
        var userName = await factory.AddAsync(Role.ConfigurationManager, team: null);
        var session = factory.NewSession();
        await session.SignInAsync(userName, TestAccounts.Password);
        return session;
    }
}
