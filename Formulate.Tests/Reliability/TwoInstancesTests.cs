using System.Diagnostics;
using System.Net;
using Formulate.Data.Seeding;
using Formulate.Engine.Parameters;
using Formulate.Tests.Data.Infrastructure;
using Formulate.Tests.Reliability.Support;
using Formulate.Tests.Web.Support;
using Formulate.Web.Configuration;
using Formulate.Web.Reproducibility;
using Formulate.Web.Security.Protection;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Formulate.Tests.Reliability;

/// <summary>
/// Two instances behind a load balancer: real Kestrel servers on one PostgreSQL database, with their Data Protection
/// keys in that database and nothing else shared.
/// </summary>
[Collection(SecondPostgreSqlServerGroup.Name)]
public sealed class TwoInstancesTests(PostgreSqlServer server)
{
    [Fact]
    public async Task SignIn_FormFromOneInstancePostedToTheOther_CookieIsAcceptedByBoth()
    {
        await using var instances = await TwoInstances.StartAsync(server);
        var cookies = new CookieContainer();
        using var first = TwoInstances.Browser(instances.First, cookies);
        using var second = TwoInstances.Browser(instances.Second, cookies);

        // The form, and its antiforgery token, from the first; the sign-in, and its cookie, from the second.
        var form = await first.GetPageAsync("/sign-in");
        var signIn = await second.SubmitAsync(form, "form", new Dictionary<string, string> { ["UserName"] = "demo.practitioner", ["Password"] = DemoAccounts.Password });

        signIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        new Uri(instances.Second.BaseAddress, signIn.Headers.Location!).AbsolutePath.ShouldBe("/");
        foreach (var browser in new[] { first, second })
        {
            var home = await browser.GetPageAsync("/");
            home.Response.StatusCode.ShouldBe(HttpStatusCode.OK);
            home.Document.QuerySelector("form[action='/sign-out'] button")!.TextContent.Trim().ShouldBe("Sign out");
        }
    }

    [Fact]
    public async Task AddPerson_OnOneInstance_NameAndAddressAreReadByTheOther()
    {
        await using var instances = await TwoInstances.StartAsync(server);

        var personId = await SharedKeys.AddPersonAsync(instances.First.Services, "Winifred", "Ashdown");

        (await SharedKeys.NameAndAddressAsync(instances.Second.Services, personId)).ShouldBe("Winifred Ashdown, 12 Mill Lane");
    }

    [Fact]
    public async Task Publish_OnOneInstance_IsInForceOnTheOtherWithinTheRefreshInterval()
    {
        await using var instances = await TwoInstances.StartAsync(server);
        var nextApril = new DateOnly(DateTime.UtcNow.Year + 1, 4, 1);
        var drafts = instances.First.Services.GetRequiredService<ConfigurationDrafts>();
        var draft = (await drafts.EditAsync(ParameterSetKind.Configuration, set => ParameterSetEdits.WithValue(set, "rate.home_care", nextApril, 31.45m, "Test uplift"), "demo.config")).Version!;

        var waited = Stopwatch.StartNew();
        (await instances.First.Services.GetRequiredService<ParameterVersions>().PublishAsync(draft.Id, nextApril, "demo.config")).Succeeded.ShouldBeTrue();

        var other = instances.Second.Services.GetRequiredService<EngineRegistry>();
        // The interval, and time for a loaded machine to run the timer's turn.
        while (HomeCareRate(other, nextApril) != 31.45m && waited.Elapsed < TimeSpan.FromSeconds(TwoInstances.RefreshSeconds + 10))
        {
            await Task.Delay(50);
        }

        HomeCareRate(other, nextApril).ShouldBe(31.45m);
        HomeCareRate(other, nextApril.AddDays(-1)).ShouldNotBe(31.45m);
    }

    [Fact]
    public async Task Start_WhileAnotherInstanceIsMakingTheFirstKey_MakesNoKeyUntilThatOneIsStored()
    {
        var connectionString = server.NewDatabaseConnectionString();
        await server.CreateFromTemplateAsync(connectionString);
        try
        {
            // Another instance, starting at the same moment on the new database, is making the ring's first key.
            await using var other = new NpgsqlConnection(connectionString);
            await other.OpenAsync();
            await ExecuteAsync(other, DatabaseKeyStore.TakeFirstKeyLock);

            var starting = Task.Run(() => TwoInstances.StartInstance(connectionString));
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (!starting.IsCompleted && await CountAsync(connectionString, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted") == 0
                   && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }

            starting.IsCompleted.ShouldBeFalse("the instance should wait while another makes the first key");
            (await CountAsync(connectionString, "SELECT count(*) FROM \"DataProtectionKeys\"")).ShouldBe(0);
            await ExecuteAsync(other, DatabaseKeyStore.ReleaseFirstKeyLock);

            await using var instance = await starting;
            (await CountAsync(connectionString, "SELECT count(*) FROM \"DataProtectionKeys\"")).ShouldBe(1);
        }
        finally
        {
            await server.DropDatabaseAsync(connectionString);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static decimal? HomeCareRate(EngineRegistry registry, DateOnly date) =>
        registry.InForceOn(ParameterSetKind.Configuration, date).Find("rate.home_care")?.At(date)?.Value;
}
