using System.Net;
using System.Text.Json;
using Formulate.Tests.Web.Support;
using Formulate.Web.Api;

namespace Formulate.Tests.Web.Security;

public sealed class RateLimitTests : IDisposable
{
    private const string Key = "rate-limit-test-key-0123456789abcdef0123";

    private readonly FormulateWebFactory _factory = new(new Dictionary<string, string?>
    {
        ["Formulate:RateLimits:SignInAttemptsPerMinute"] = "3",
        ["Formulate:RateLimits:ApiRequestsPerSecond"] = "1",
        ["Formulate:RateLimits:ApiBurst"] = "3",
        ["Formulate:Api:ProvisionedKey"] = Key,
    });

    [Fact]
    public async Task SignIn_TooManyAttemptsFromOneAddress_Gets429PageSayingWhenToTryAgain()
    {
        using var session = _factory.NewSession();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            (await session.SignInAsync("demo.practitioner", "wrong password")).StatusCode.ShouldNotBe(HttpStatusCode.TooManyRequests);
        }

        var refused = await session.SignInAsync("demo.practitioner");

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.ShouldNotBeNull();
        var page = await HtmlPage.ReadAsync(refused, "/sign-in");
        page.Heading.ShouldBe("Too many attempts to sign in");
        page.Document.Body!.TextContent.ShouldContain("try signing in again");
        (await session.Client.GetAsync("/sign-in")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Api_TooManyRequestsWithOneKey_Gets429ProblemDetails()
    {
        using var session = _factory.NewSession();
        session.Client.DefaultRequestHeaders.Add(ApiKeyDefaults.HeaderName, Key);
        HttpResponseMessage response = new();
        for (var call = 0; call < 10 && response.StatusCode != HttpStatusCode.TooManyRequests; call++)
        {
            response = await session.Client.GetAsync("/api/v1/question-set");
        }

        response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("title").GetString().ShouldBe("Too many requests");
        problem.RootElement.GetProperty("detail").GetString()!.ShouldContain("Retry-After");
    }

    public void Dispose() => _factory.Dispose();
}
