using System.Net;
using System.Text;
using System.Text.Json;
using Formulate.Analysis.Accuracy;
using Formulate.Tests.Accuracy;
using Formulate.Tests.Web.Api;
using Formulate.Tests.Web.Support;
using Formulate.Web.Api;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Security;

public sealed class CostlyRunLimitTests : IAsyncLifetime, IDisposable
{
    private const int SampleBytesAtOnce = 500_000;

    private readonly FirstBodyRead _firstBodyRead = new();

    private readonly FormulateWebFactory _factory;

    private readonly byte[] _sample = Encoding.UTF8.GetBytes(SyntheticSample.ToCsv(SyntheticSample.Generate(SampleFormat.MinRows, 11)));

    private string _otherKey = "";

    public CostlyRunLimitTests() =>
        _factory = new(
            new Dictionary<string, string?>
            {
                ["Formulate:Api:ProvisionedKey"] = ApiFixture.ProvisionedKey,
                ["Formulate:Accuracy:MaxSampleBytes"] = "400000",
                ["Formulate:RateLimits:SampleBytesAtOnce"] = SampleBytesAtOnce.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Formulate:RateLimits:CostlyRunRetryAfterSeconds"] = "20",
            },
            services => services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter>(_firstBodyRead));

    public async Task InitializeAsync()
    {
        _otherKey = (await _factory.Services.GetRequiredService<ApiKeyStore>().CreateAsync("Analysts' scripts", "tests")).Key;
        // Each key's first request makes it known; from then on it has its own allowance.
        foreach (var key in new[] { ApiFixture.ProvisionedKey, _otherKey })
        {
            using var client = Client(key);
            (await client.GetAsync("/api/v1/question-set")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }

    [Theory]
    [InlineData("/api/v1/accuracy/calibrations")]
    [InlineData("/api/v1/accuracy/reports")]
    public async Task Post_SecondRunWithOneKeyWhileTheFirstRuns_Gets429WithRetryAfter(string url)
    {
        using var client = Client(ApiFixture.ProvisionedKey);
        var first = new HeldBackContent(_sample);
        var running = client.PostAsync(url, first);
        var refused = await WhileRunningAsync(running, () => client.PostAsync(url, Csv(_sample)));

        first.Release();

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(20));
        var problem = await ProblemResponse.ReadAsync(refused);
        problem.Detail.ShouldContain("already working on a report or calibration for this API key");
        problem.Detail.ShouldContain("Wait 20 seconds");
        (await running).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.PostAsync(url, Csv(_sample))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task PostCalibration_OtherKeyWhileLargeSamplesFillTheBudget_LargeIsRefusedSmallRuns()
    {
        using var first = Client(ApiFixture.ProvisionedKey);
        using var second = Client(_otherKey);
        var large = Padded(_sample, 300_000);
        var held = new HeldBackContent(large);
        var running = first.PostAsync("/api/v1/accuracy/calibrations", held);

        var refused = await WhileRunningAsync(running, () => second.PostAsync("/api/v1/accuracy/calibrations", Csv(large)));
        var small = await WhileRunningAsync(running, () => second.PostAsync("/api/v1/accuracy/calibrations", Csv(_sample)));
        held.Release();

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.ShouldNotBeNull();
        small.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await running).StatusCode.ShouldNotBe(HttpStatusCode.TooManyRequests);
    }

    private async Task<HttpResponseMessage> WhileRunningAsync(Task<HttpResponseMessage> running, Func<Task<HttpResponseMessage>> send)
    {
        // The held request has its permits once the server has started reading its body.
        await _firstBodyRead.Happened.WaitAsync(TimeSpan.FromSeconds(30));
        running.IsCompleted.ShouldBeFalse();
        return await send();
    }

    /// <summary>The sample with blank lines after it, to make it weigh as much as a larger one.</summary>
    private static byte[] Padded(byte[] sample, int length) => [.. sample, .. Enumerable.Repeat((byte)'\n', length - sample.Length)];

    private static ByteArrayContent Csv(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("text/csv");
        return content;
    }

    private HttpClient Client(string key)
    {
        var client = _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add(ApiKeyDefaults.HeaderName, key);
        return client;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _factory.Dispose();
}
