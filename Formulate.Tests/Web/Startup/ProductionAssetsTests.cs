using System.Net;
using AngleSharp.Html.Parser;
using Formulate.Tests.Data.Infrastructure;
using Formulate.Tests.Reliability.Support;
using Formulate.Tests.Web.Components.Support;

namespace Formulate.Tests.Web.Startup;

/// <summary>
/// Formulate under Production settings serves the framework's script (blazor.web.js) and every
/// stylesheet and script its pages link to, whether it runs published or from a build.
/// </summary>
public sealed class ProductionAssetsTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("formulate-assets-");

    [Fact]
    public async Task Run_PublishedInProduction_ServesTheFrameworkScriptAndEveryLinkedAsset()
    {
        var published = Path.Combine(_directory.FullName, "published");
        var configuration = new DirectoryInfo(FormulateProcess.BuildOutput).Parent!.Name;
        await ProcessRunner.RunAsync(
            "dotnet", ["publish", RepoRoot.Combine("Formulate.Web"), "-c", configuration, "--no-build", "-o", published, "-nologo", "-v", "quiet"], Timeout);

        await using var formulate = FormulateProcess.Start(Settings(), appDirectory: published);

        await ShouldServeEveryAssetAsync(formulate);
    }

    [Fact]
    public async Task Run_BuildInProductionFromTheProjectFolder_ServesTheFrameworkScriptAndEveryLinkedAsset()
    {
        // As `dotnet run --no-launch-profile` with ASPNETCORE_ENVIRONMENT=Production runs it.
        await using var formulate = FormulateProcess.Start(Settings(), contentRoot: RepoRoot.Combine("Formulate.Web"));

        await ShouldServeEveryAssetAsync(formulate);
    }

    public void Dispose() => _directory.Delete(recursive: true);

    private Dictionary<string, string> Settings() => new()
    {
        ["Formulate:Data:ConnectionString"] = $"Data Source={Path.Combine(_directory.FullName, "formulate.db")}",
        ["Formulate:DataProtection:KeyDirectory"] = Path.Combine(_directory.FullName, "keys"),
    };

    private static async Task ShouldServeEveryAssetAsync(FormulateProcess formulate)
    {
        using var client = new HttpClient { BaseAddress = formulate.Address };
        await formulate.WaitUntilReadyAsync(client, Timeout);

        var script = await client.GetAsync("/_framework/blazor.web.js");
        script.StatusCode.ShouldBe(HttpStatusCode.OK, formulate.Output);
        script.Content.Headers.ContentType!.MediaType.ShouldBe("text/javascript");

        var page = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync("/sign-in"));
        var assets = page.QuerySelectorAll("link[rel=stylesheet][href], script[src]")
            .Select(element => element.GetAttribute("href") ?? element.GetAttribute("src")!)
            .ToList();
        assets.ShouldContain(asset => asset.Contains("blazor.web", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            (await client.GetAsync(asset)).StatusCode.ShouldBe(HttpStatusCode.OK, $"{asset}\n{formulate.Output}");
        }
    }
}
