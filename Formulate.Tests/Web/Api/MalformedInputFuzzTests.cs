using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Formulate.Data;
using Formulate.Tests.Web.Support;
using Formulate.Web.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Api;

public sealed class MalformedInputFuzzTests : IDisposable
{
    private const string Key = "fuzz-test-key-0123456789abcdef0123456789";

    private readonly FormulateWebFactory _factory = new(new Dictionary<string, string?>
    {
        ["Formulate:Api:ProvisionedKey"] = Key,
        ["Formulate:RateLimits:ApiRequestsPerSecond"] = "1000000",
        ["Formulate:RateLimits:ApiBurst"] = "1000000",
    });

    [Fact]
    public async Task EstimateApi_ThousandsOfMalformedBodies_EachGetsA4xxProblemAndNothingIsStored()
    {
        using var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyDefaults.HeaderName, Key);
        var before = await CountsAsync();
        var wrong = new List<string>();
        var sent = 0;

        foreach (var (name, body) in MalformedInputs.All())
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await client.PostAsync(new Uri("/api/v1/estimates", UriKind.Relative), content);
            sent++;
            var problem = await DescribeAsync(response);
            if (problem is not null)
            {
                wrong.Add($"{name}: {problem}");
            }
        }

        sent.ShouldBeGreaterThan(2_000);
        wrong.ShouldBeEmpty();
        (await CountsAsync()).ShouldBe(before);
    }

    private static async Task<string?> DescribeAsync(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (status is < 400 or > 499)
        {
            return $"status {status}";
        }

        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return $"status {status} as {response.Content.Headers.ContentType?.MediaType ?? "no content type"}";
        }

        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = problem.RootElement;
        var title = root.TryGetProperty("title", out var t) ? t.GetString() : null;
        var explained = root.TryGetProperty("detail", out var d) && d.GetString() is { Length: > 0 }
            || root.TryGetProperty("errors", out var e) && e.GetArrayLength() > 0;
        return string.IsNullOrWhiteSpace(title) || !explained ? $"status {status} without a title and an explanation" : null;
    }

    private async Task<(int Snapshots, int People, int Profiles, int Audit)> CountsAsync()
    {
        var contexts = _factory.Services.GetRequiredService<IDbContextFactory<FormulateDbContext>>();
        await using var context = await contexts.CreateDbContextAsync();
        return (await context.EstimateSnapshots.CountAsync(), await context.People.CountAsync(),
                await context.NeedsProfiles.CountAsync(), await context.AuditEntries.CountAsync());
    }

    public void Dispose() => _factory.Dispose();
}
