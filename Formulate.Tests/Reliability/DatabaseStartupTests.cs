using System.Diagnostics;
using System.Net;
using Formulate.Tests.Data.Infrastructure;
using Formulate.Tests.Reliability.Support;
using Formulate.Tests.Web.Api;
using Formulate.Web.Health;
using Npgsql;

namespace Formulate.Tests.Reliability;

/// <summary>Runs on a PostgreSQL server of its own, which it stops and starts.</summary>
public sealed class DatabaseStartupTests(PostgreSqlServer server) : IClassFixture<PostgreSqlServer>
{
    [Fact]
    public async Task Start_DatabaseDownThenUp_ServesNotReadyThenBecomesReadyWithoutARestart()
    {
        var connectionString = server.NewDatabaseConnectionString();
        var logs = new CapturedLogs();
        await server.StopAsync();
        try
        {
            using var factory = LoggedWebApp.Create(logs, new Dictionary<string, string?>
            {
                ["Formulate:Data:Provider"] = "PostgreSql",
                ["Formulate:Data:ConnectionString"] = connectionString,
                ["Formulate:Startup:FirstRetryDelaySeconds"] = "0.2",
                ["Formulate:Startup:MaxRetryDelaySeconds"] = "0.5",
            });
            using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
            client.DefaultRequestHeaders.Add("X-Api-Key", ApiFixture.ProvisionedKey);

            (await client.GetAsync(HealthEndpoints.Live)).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await client.GetAsync(HealthEndpoints.Ready)).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            var page = await client.GetAsync("/sign-in");
            page.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            page.Headers.RetryAfter.ShouldNotBeNull();
            (await page.Content.ReadAsStringAsync()).ShouldContain(NotReadyResponses.Title);
            var api = await ProblemResponse.ReadAsync(await client.GetAsync("/api/v1/question-set"));
            api.Status.ShouldBe(HttpStatusCode.ServiceUnavailable);
            api.Detail.ShouldBe(NotReadyResponses.Detail);
            logs.AllText.ShouldContain("The database cannot be reached (try 1:");

            await server.StartAsync();

            await WaitUntilReadyAsync(client);
            (await client.GetAsync("/api/v1/question-set")).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await client.GetAsync("/sign-in")).StatusCode.ShouldBe(HttpStatusCode.OK);
            logs.AllText.ShouldContain("The database is ready after");
        }
        finally
        {
            await EnsureRunningAsync();
            await server.DropDatabaseAsync(connectionString);
        }
    }

    private static async Task WaitUntilReadyAsync(HttpClient client)
    {
        var waited = Stopwatch.StartNew();
        while ((await client.GetAsync(HealthEndpoints.Ready)).StatusCode != HttpStatusCode.OK)
        {
            waited.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(60), "Formulate did not become ready after the database came back");
            await Task.Delay(100);
        }
    }

    private async Task EnsureRunningAsync()
    {
        try
        {
            await server.StartAsync();
        }
        catch (InvalidOperationException)
        {
            // Already running.
        }

        NpgsqlConnection.ClearAllPools();
    }
}
