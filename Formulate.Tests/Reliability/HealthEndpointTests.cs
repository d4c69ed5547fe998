using System.Net;
using Formulate.Data;
using Formulate.Data.Protection;
using Formulate.Tests.Data.Builders;
using Formulate.Tests.Reliability.Support;
using Formulate.Tests.Web.Support;
using Formulate.Web.Health;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Reliability;

public sealed class HealthEndpointTests(FormulateWebFactory factory) : IClassFixture<FormulateWebFactory>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/health")]
    public async Task Get_AppStartedWithItsDatabase_IsHealthyWithoutSigningIn(string path)
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task GetReady_PagesDamagedWhileRunning_UnhealthySayingTheFileIsDamagedOnceTheRememberedCheckIsOld()
    {
        using var damaged = new FormulateWebFactory();
        using var client = damaged.CreateClient();
        (await client.GetAsync(HealthEndpoints.Ready)).StatusCode.ShouldBe(HttpStatusCode.OK);

        PageDamage.DamageTables(damaged.DatabasePath);
        SqliteConnection.ClearAllPools();

        // A probe every few seconds reuses the last check of the file and keys.
        (await client.GetAsync(HealthEndpoints.Ready)).StatusCode.ShouldBe(HttpStatusCode.OK);
        damaged.Clock.Advance(DatabaseHealthCheck.Remembered);
        var response = await client.GetAsync(HealthEndpoints.Ready);
        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await response.Content.ReadAsStringAsync()).ShouldBe($"Unhealthy: {DatabaseHealthCheck.Damaged}");
    }

    [Fact]
    public async Task GetReady_PersonAddedWithAnotherServersKeys_UnhealthySayingTheKeysCannotDecrypt()
    {
        using var running = new FormulateWebFactory();
        using var client = running.CreateClient();
        (await client.GetAsync(HealthEndpoints.Ready)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await AddPersonWithOtherKeysAsync(running.DatabasePath);
        running.Clock.Advance(DatabaseHealthCheck.Remembered);

        var response = await client.GetAsync(HealthEndpoints.Ready);
        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await response.Content.ReadAsStringAsync()).ShouldBe($"Unhealthy: {DatabaseHealthCheck.Undecryptable}");
    }

    /// <summary>What a second server that does not share this one's key directory writes into the same database.</summary>
    private static async Task AddPersonWithOtherKeysAsync(string databasePath)
    {
        var keys = Directory.CreateTempSubdirectory("formulate-other-keys-");
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Formulate:Data:ConnectionString"] = $"Data Source={databasePath}",
            }).Build();
            await using var services = new ServiceCollection()
                .AddLogging()
                .AddSingleton(TimeProvider.System)
                .AddSingleton<IPersonalDataProtector>(new OtherKeys(DataProtectionProvider.Create(keys, builder => builder.SetApplicationName("Formulate"))))
                .AddFormulateData(configuration)
                .BuildServiceProvider();
            await using var context = await services.GetRequiredService<IDbContextFactory<FormulateDbContext>>().CreateDbContextAsync();
            context.Add(new PersonBuilder().Build());
            await context.SaveChangesAsync();
        }
        finally
        {
            keys.Delete(recursive: true);
        }
    }

    private sealed class OtherKeys(IDataProtectionProvider provider) : IPersonalDataProtector
    {
        private readonly IDataProtector _protector = provider.CreateProtector("Formulate.PersonalData.v1");

        public string Protect(string plaintext) => _protector.Protect(plaintext);

        public string Unprotect(string protectedText) => _protector.Unprotect(protectedText);
    }
}
