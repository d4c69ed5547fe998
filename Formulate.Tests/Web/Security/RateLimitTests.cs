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
        ["Formulate:RateLimits:UnknownKeyRequestsPerMinute"] = "3",
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

    [Fact]
    public async Task Api_KeyPaddedWithSpacesAfterItsAllowanceIsUsed_IsRefusedLikeTheKey()
    {
        using var session = _factory.NewSession();
        var used = await UseUpAllowanceAsync(session.Client, Key);

        var padded = await SendAsync(session.Client, $"  {Key}  ");

        used.ShouldBeTrue();
        padded.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Api_RandomWrongKeysFromOneAddress_AreRefusedByAddressWithoutLookingThemUp()
    {
        using var session = _factory.NewSession();
        var statuses = new List<HttpStatusCode>();
        for (var call = 0; call < 6; call++)
        {
            statuses.Add((await SendAsync(session.Client, ApiKeyHashing.NewKey())).StatusCode);
        }

        statuses.ShouldBe([
            HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized,
            HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests]);
        var refused = await SendAsync(session.Client, ApiKeyHashing.NewKey());
        refused.Headers.RetryAfter.ShouldNotBeNull();
        refused.Headers.WwwAuthenticate.ShouldBeEmpty();
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("detail").GetString()!.ShouldContain("This address has sent more requests than Formulate accepts without an API key");
    }

    [Fact]
    public async Task Api_AcceptedKeyFromAnAddressThatSentWrongKeys_KeepsItsOwnAllowance()
    {
        using var session = _factory.NewSession();
        (await SendAsync(session.Client, Key)).StatusCode.ShouldBe(HttpStatusCode.OK);
        for (var call = 0; call < 4; call++)
        {
            await SendAsync(session.Client, ApiKeyHashing.NewKey());
        }

        (await SendAsync(session.Client, Key)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<bool> UseUpAllowanceAsync(HttpClient client, string key)
    {
        for (var call = 0; call < 10; call++)
        {
            if ((await SendAsync(client, key)).StatusCode == HttpStatusCode.TooManyRequests)
            {
                return true;
            }
        }

        return false;
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/question-set");
        request.Headers.TryAddWithoutValidation(ApiKeyDefaults.HeaderName, key);
        return await client.SendAsync(request);
    }

    public void Dispose() => _factory.Dispose();
}
