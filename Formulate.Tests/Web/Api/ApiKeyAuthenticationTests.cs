using System.Net;
using Formulate.Tests.Engine;
using Formulate.Web.Api;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Api;

public sealed class ApiKeyAuthenticationTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task PostEstimate_NoKey_Returns401Problem()
    {
        using var client = api.Client();

        var problem = await PostValidProfileAsync(client);

        problem.Status.ShouldBe(HttpStatusCode.Unauthorized);
        problem.Detail.ShouldContain(ApiKeyDefaults.HeaderName);
    }

    [Theory]
    [InlineData("fml_not-a-key-this-formulate-issued")]
    [InlineData("x")]
    public async Task PostEstimate_WrongKey_Returns401Problem(string key)
    {
        using var client = api.Client(key);

        var problem = await PostValidProfileAsync(client);

        problem.Status.ShouldBe(HttpStatusCode.Unauthorized);
        problem.Body.GetProperty("title").GetString().ShouldBe("The API key is not accepted");
    }

    [Fact]
    public async Task PostEstimate_IssuedKeyWithWrongEnding_Returns401Problem()
    {
        using var client = api.Client(api.IssuedKey[..^1] + (api.IssuedKey[^1] == 'A' ? 'B' : 'A'));

        (await PostValidProfileAsync(client)).Status.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task PostEstimate_RevokedKey_Returns401Problem()
    {
        var store = api.Factory.Services.GetRequiredService<ApiKeyStore>();
        var created = await store.CreateAsync("Retired system", "tests");
        using var client = api.Client(created.Key);
        (await client.GetAsync("/api/v1/question-set")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await store.RevokeAsync(created.Record.Id);

        (await PostValidProfileAsync(client)).Status.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task PostEstimate_ProvisionedKey_IsAccepted()
    {
        using var client = api.Client(ApiFixture.ProvisionedKey);

        var response = await client.PostAsync("/api/v1/estimates", ApiFixture.Json(new ProfileBuilder().Build()));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task PostEstimate_SignInCookieWithoutKey_Returns401()
    {
        using var session = api.Factory.NewSession();
        await session.SignInAsync("demo.practitioner");

        var response = await session.Client.PostAsync("/api/v1/estimates", ApiFixture.Json(new ProfileBuilder().Build()));

        (await ProblemResponse.ReadAsync(response)).Status.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task UnknownApiAddress_NoKey_Returns401WithoutRedirect()
    {
        using var client = api.Client();

        var response = await client.GetAsync("/api/v1/no-such-thing");

        (await ProblemResponse.ReadAsync(response)).Status.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task UnknownApiAddress_WithKey_Returns404Problem()
    {
        using var client = api.Client(api.IssuedKey);

        var response = await client.GetAsync("/api/v1/no-such-thing");

        (await ProblemResponse.ReadAsync(response)).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task CreateAsync_NewKey_StoresOnlyItsHashAndPrefix()
    {
        var created = await api.Factory.Services.GetRequiredService<ApiKeyStore>().CreateAsync("Another system", "tests");

        created.Key.ShouldStartWith("fml_");
        created.Key.Length.ShouldBe(4 + 43);
        created.Record.Prefix.ShouldBe(created.Key[..12]);
        created.Record.KeyHash.ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(created.Key))));
        created.Record.KeyHash.ShouldNotContain(created.Key);
    }

    private static async Task<ProblemResponse> PostValidProfileAsync(HttpClient client) =>
        await ProblemResponse.ReadAsync(await client.PostAsync("/api/v1/estimates", ApiFixture.Json(new ProfileBuilder().Build())));
}
