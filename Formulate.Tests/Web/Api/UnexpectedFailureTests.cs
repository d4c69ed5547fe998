using System.Net;
using Formulate.Engine;
using Formulate.Engine.Defaults;
using Formulate.Tests.Engine;
using Formulate.Tests.Web.Support;
using Formulate.Web.Api;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Api;

public sealed class UnexpectedFailureTests
{
    [Fact]
    public async Task PostEstimate_EngineThrows_Returns500ProblemWithoutDetailsOfTheFault()
    {
        // An engine without a question set fails on any profile: a stand-in for a fault nobody foresaw.
        var broken = new FormulateEngine(DefaultDefinitions.Definition with { Questions = null! });
        using var factory = new FormulateWebFactory(
            new Dictionary<string, string?>(),
            services => services.AddSingleton(broken));
        var key = (await factory.Services.GetRequiredService<ApiKeyStore>().CreateAsync("Test", "tests")).Key;
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyDefaults.HeaderName, key);

        var response = await client.PostAsync("/api/v1/estimates", ApiFixture.Json(new ProfileBuilder().Build()));

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldContain("traceId");
        body.ShouldNotContain("NullReferenceException");
    }
}
