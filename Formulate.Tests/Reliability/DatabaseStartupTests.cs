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

    [Fact]
    public async Task Start_WrongPostgreSqlPassword_ExitsWithCode1SayingToSetThePassword()
    {
        var role = $"formulate_{Guid.NewGuid():N}"[..20];
        await server.CreateRoleWithPasswordAsync(role, "the-right-password");
        var connectionString = new NpgsqlConnectionStringBuilder(server.NewDatabaseConnectionString()) { Username = role, Password = "a-wrong-password" };

        var reason = await StartUntilItStopsAsync(new Dictionary<string, string>
        {
            ["Formulate:Data:Provider"] = "PostgreSql",
            ["Formulate:Data:ConnectionString"] = connectionString.ToString(),
        });

        reason.ShouldContain($"PostgreSQL at 127.0.0.1:{server.Port} refused to sign Formulate in as '{role}' (password authentication failed");
        reason.ShouldContain("Set the right Username and Password in Formulate:Data:ConnectionString.");
    }

    [Fact]
    public async Task Start_PostgreSqlNeverReachable_GivesUpWithCode1AfterTheSetTime()
    {
        var nothingListens = new NpgsqlConnectionStringBuilder(server.NewDatabaseConnectionString()) { Port = LoopbackPort.Free() };

        var reason = await StartUntilItStopsAsync(new Dictionary<string, string>
        {
            ["Formulate:Data:Provider"] = "PostgreSql",
            ["Formulate:Data:ConnectionString"] = nothingListens.ToString(),
            ["Formulate:Startup:FirstRetryDelaySeconds"] = "0.2",
            ["Formulate:Startup:GiveUpAfterSeconds"] = "3",
        });

        reason.ShouldContain($"The database at 127.0.0.1:{nothingListens.Port} could not be reached in 3 seconds of trying");
        reason.ShouldContain("Check that the database server is running and that the host and port in Formulate:Data:ConnectionString are right");
    }

    /// <summary>Starts Formulate as its own process, expects it to stop with exit code 1, and returns the one reason it logged.</summary>
    private static async Task<string> StartUntilItStopsAsync(IReadOnlyDictionary<string, string> settings)
    {
        var keys = Directory.CreateTempSubdirectory("formulate-keys-");
        try
        {
            await using var formulate = FormulateProcess.Start(new Dictionary<string, string>(settings)
            {
                ["Formulate:DataProtection:KeyDirectory"] = keys.FullName,
            });

            (await formulate.WaitForExitAsync(TimeSpan.FromSeconds(120))).ShouldBe(1, formulate.Output);
            formulate.Output.ShouldNotContain("Unhandled exception");
            var reason = formulate.Messages("Critical").ShouldHaveSingleItem(formulate.Output);
            reason.ShouldStartWith("Formulate cannot start: ");
            return reason;
        }
        finally
        {
            keys.Delete(recursive: true);
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
