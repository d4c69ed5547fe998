using System.Net;
using Formulate.Tests.Engine;
using Formulate.Tests.Web.Support;
using Formulate.Web.Api;

namespace Formulate.Tests.Web.Api;

public sealed class ApiKeysPageTests(FormulateWebFactory factory) : IClassFixture<FormulateWebFactory>
{
    [Fact]
    public async Task CreateKey_ConfigurationManager_ShowsTheKeyOnceAndItWorks()
    {
        using var session = factory.NewSession();
        await session.SignInAsync("demo.config");
        var page = await session.GetPageAsync("/api-keys");

        var created = await HtmlPage.ReadAsync(
            await session.SubmitAsync(page, "form:has(#Name)", new Dictionary<string, string> { ["Name"] = "Case management (test)" }),
            "/api-keys");

        created.Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        created.Response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var key = created.Document.GetElementById("new-api-key")!.TextContent.Trim();
        key.ShouldStartWith("fml_");
        var row = created.Document.QuerySelectorAll("#api-keys tbody tr").Single(r => r.TextContent.Contains("Case management (test)", StringComparison.Ordinal));
        row.QuerySelector("code")!.TextContent.ShouldBe(key[..12]);
        row.TextContent.ShouldContain("Active");
        row.TextContent.ShouldContain("demo.config");
        (await session.GetPageAsync("/api-keys")).Document.GetElementById("new-api-key").ShouldBeNull();
        (await EstimateWithAsync(key)).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task RevokeKey_ConfigurationManager_MarksItRevokedAndTheApiRefusesIt()
    {
        using var session = factory.NewSession();
        await session.SignInAsync("demo.config");
        var page = await session.GetPageAsync("/api-keys");
        var created = await HtmlPage.ReadAsync(
            await session.SubmitAsync(page, "form:has(#Name)", new Dictionary<string, string> { ["Name"] = "To be revoked" }),
            "/api-keys");
        var key = created.Document.GetElementById("new-api-key")!.TextContent.Trim();

        var listed = await session.GetPageAsync("/api-keys");
        var revoked = await RevokeAsync(session, listed, "To be revoked");

        revoked.Document.QuerySelector(".staff-banner")!.TextContent.ShouldContain($"API key {key[..12]} (To be revoked) revoked");
        revoked.Document.QuerySelectorAll("#api-keys tbody tr")
            .Single(r => r.TextContent.Contains("To be revoked", StringComparison.Ordinal)).TextContent.ShouldContain("Revoked");
        (await EstimateWithAsync(key)).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task CreateKey_EmptyName_ShowsError()
    {
        using var session = factory.NewSession();
        await session.SignInAsync("demo.config");
        var page = await session.GetPageAsync("/api-keys");

        var result = await HtmlPage.ReadAsync(
            await session.SubmitAsync(page, "form:has(#Name)", new Dictionary<string, string> { ["Name"] = " " }),
            "/api-keys");

        result.ErrorSummary.ShouldBe(["Enter the name of the system that will use the key"]);
        result.InlineError("Name").ShouldBe("Enter the name of the system that will use the key");
        result.Document.GetElementById("new-api-key").ShouldBeNull();
    }

    [Fact]
    public async Task RevokeKey_PostedAgainFromAnOlderPage_SaysItIsAlreadyRevoked()
    {
        using var session = factory.NewSession();
        await session.SignInAsync("demo.config");
        var page = await session.GetPageAsync("/api-keys");
        var created = await HtmlPage.ReadAsync(
            await session.SubmitAsync(page, "form:has(#Name)", new Dictionary<string, string> { ["Name"] = "Revoked twice" }),
            "/api-keys");
        var key = created.Document.GetElementById("new-api-key")!.TextContent.Trim();
        var listed = await session.GetPageAsync("/api-keys");
        await RevokeAsync(session, listed, "Revoked twice");

        var again = await RevokeAsync(session, listed, "Revoked twice");

        again.Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        again.Document.QuerySelector(".staff-banner")!.TextContent.ShouldContain($"API key {key[..12]} (Revoked twice) was already revoked");
        again.Document.QuerySelectorAll("#api-keys tbody tr")
            .Single(r => r.TextContent.Contains("Revoked twice", StringComparison.Ordinal)).TextContent.ShouldContain("Revoked");
    }

    /// <summary>Presses the Revoke button in the named key's row, as a browser would send it.</summary>
    private static async Task<HtmlPage> RevokeAsync(WebSession session, HtmlPage listed, string name)
    {
        var button = listed.Document.QuerySelectorAll("#api-keys tbody tr")
            .Single(r => r.TextContent.Contains(name, StringComparison.Ordinal))
            .QuerySelector("button")!;
        return await HtmlPage.ReadAsync(
            await session.SubmitAsync(listed, "form:has(#api-keys)", new Dictionary<string, string> { [button.GetAttribute("name")!] = button.GetAttribute("value")! }),
            "/api-keys");
    }

    private async Task<HttpStatusCode> EstimateWithAsync(string key)
    {
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyDefaults.HeaderName, key);
        return (await client.PostAsync("/api/v1/estimates", ApiFixture.Json(new ProfileBuilder().Build()))).StatusCode;
    }
}
