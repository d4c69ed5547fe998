using System.Net;
using System.Text.Json;
using Formulate.Tests.Reliability.Support;
using Formulate.Tests.Web.Api;
using Formulate.Tests.Web.Support;
using Formulate.Web.Logging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace Formulate.Tests.Reliability;

public sealed class CorrelationIdTests : IDisposable
{
    private readonly CapturedLogs _logs = new();
    private readonly FormulateWebFactory _factory;

    public CorrelationIdTests() => _factory = LoggedWebApp.Create(_logs);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Request_CallerSendsCorrelationId_ReturnsItAndLogsEveryLineOfTheRequestWithIt()
    {
        using var client = _factory.CreateClient(new() { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/estimates") { Content = ApiFixture.Json("{}") };
        request.Headers.Add(CorrelationId.HeaderName, "cms-call-20261122-0042");
        request.Headers.Add("X-Api-Key", "not-a-key");

        var response = await client.SendAsync(request);

        response.Headers.GetValues(CorrelationId.HeaderName).ShouldBe(["cms-call-20261122-0042"]);
        var problem = await ProblemResponse.ReadAsync(response);
        problem.Body.GetProperty(CorrelationId.ProblemExtension).GetString().ShouldBe("cms-call-20261122-0042");
        _logs.Entries.ShouldContain(entry => entry.Contains("CorrelationId=cms-call-20261122-0042", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Request_NoCorrelationId_MakesOneAndPutsItInTheProblem()
    {
        using var client = _factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/api/v1/no-such-thing");

        var id = response.Headers.GetValues(CorrelationId.HeaderName).ShouldHaveSingleItem();
        id.ShouldMatch("^[0-9a-f]{32}$");
        var problem = await ProblemResponse.ReadAsync(response);
        problem.Body.GetProperty(CorrelationId.ProblemExtension).GetString().ShouldBe(id);
    }

    [Theory]
    [InlineData("line\r\nbreak")]
    [InlineData("Jane Smith, 1 High Street")]
    [InlineData("01234567890123456789012345678901234567890123456789012345678901234567890")]
    public void FromHeader_UnsafeOrTooLong_IsReplaced(string header) =>
        CorrelationId.FromHeader(header).ShouldMatch("^[0-9a-f]{32}$");

    [Fact]
    public async Task Page_WithCorrelationId_EchoesItOnHtmlToo()
    {
        using var client = _factory.CreateClient(new() { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/sign-in");
        request.Headers.Add(CorrelationId.HeaderName, "abc-123");

        var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues(CorrelationId.HeaderName).ShouldBe(["abc-123"]);
    }

    [Fact]
    public void ConsoleLogs_LiveSettings_AreJsonWithScopes()
    {
        var console = _factory.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;
        var json = _factory.Services.GetRequiredService<IOptionsMonitor<JsonConsoleFormatterOptions>>().CurrentValue;

        console.FormatterName.ShouldBe(ConsoleFormatterNames.Json);
        json.IncludeScopes.ShouldBeTrue();
        json.UseUtcTimestamp.ShouldBeTrue();
    }
}
