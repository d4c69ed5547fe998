using System.Security.Cryptography;
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

/// <summary>Readiness: each app here migrates and seeds its own database as it starts, never a copy of the template.</summary>
public sealed class HealthEndpointTests(FreshWebApp fresh) : IClassFixture<FreshWebApp>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/health")]
    public async Task Get_AppStartedWithItsDatabase_IsHealthyWithoutSigningIn(string path)
    {
        using var client = fresh.App.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task GetReady_PagesDamagedWhileRunning_UnhealthySayingTheFileIsDamagedOnceTheRememberedCheckIsOld()
    {
        using var damaged = FormulateWebFactory.WithFreshDatabase();
        using var client = damaged.CreateClient();
        (await client.GetAsync(HealthEndpoints.Ready)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Closing every connection first checkpoints the write-ahead log, which would otherwise copy its clean pages back.
        SqliteConnection.ClearAllPools();
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
        using var running = FormulateWebFactory.WithFreshDatabase();
        using var client = running.CreateClient();
        (await client.GetAsync(HealthEndpoints.Ready)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await AddPersonWithOtherKeysAsync(running.DatabasePath);
        running.Clock.Advance(DatabaseHealthCheck.Remembered);

        var response = await client.GetAsync(HealthEndpoints.Ready);
        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await response.Content.ReadAsStringAsync()).ShouldBe($"Unhealthy: {DatabaseHealthCheck.Undecryptable}");
    }

    /// <summary>
    /// What a second server that does not share this one's key directory writes into the same database. Written straight
    /// to the table: Formulate itself, with keys that cannot read the database's lookup key, would refuse to save it.
    /// </summary>
    private static async Task AddPersonWithOtherKeysAsync(string databasePath)
    {
        var keys = Directory.CreateTempSubdirectory("formulate-other-keys-");
        try
        {
            var other = new OtherKeys(DataProtectionProvider.Create(keys, builder => builder.SetApplicationName("Formulate")));
            string Protected(string value) => PersonalDataConverter.Prefix + other.Protect(value);
            await using var connection = new SqliteConnection($"Data Source={databasePath}");
            await connection.OpenAsync();
            await using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO "People" ("Id", "CaseReference", "CaseReferenceHash", "GivenName", "FamilyName", "Team", "CreatedAt", "CreatedBy", "Version")
                VALUES ($id, $reference, $hash, $given, $family, 'North Locality Team', '2026-11-22T09:00:00+00:00', 'other.server', 0)
                """;
            insert.Parameters.AddWithValue("$id", Guid.CreateVersion7().ToString().ToUpperInvariant());
            insert.Parameters.AddWithValue("$reference", Protected("OTHER-0001"));
            insert.Parameters.AddWithValue("$hash", Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)));
            insert.Parameters.AddWithValue("$given", Protected("Olwen"));
            insert.Parameters.AddWithValue("$family", Protected("Keys"));
            await insert.ExecuteNonQueryAsync();
        }
        finally
        {
            SqliteConnection.ClearAllPools();
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
