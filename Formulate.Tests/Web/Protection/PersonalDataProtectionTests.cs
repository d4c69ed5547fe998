using Formulate.Data;
using Formulate.Data.Protection;
using Formulate.Data.Schema;
using Formulate.Data.Seeding;
using Formulate.Tests.Web.Support;
using Formulate.Web.People;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Protection;

/// <summary>The app here makes its own keys and database as it starts, never copies of the template's.</summary>
public sealed class PersonalDataProtectionTests(FreshWebApp fresh) : IClassFixture<FreshWebApp>
{
    private FormulateWebFactory Factory => fresh.App;

    private static readonly System.Security.Claims.ClaimsPrincipal North = CaseWorkers.Practitioner(userName: "tests");

    [Fact]
    public async Task AddAsync_NewPerson_StoresNameAndAddressProtectedAndReadsThemBack()
    {
        var people = Factory.Services.GetRequiredService<PeopleService>();
        var reference = "PD-" + Guid.NewGuid().ToString("N")[..8];

        var added = await people.AddAsync(new NewPerson
        {
            CaseReference = reference, GivenName = "Winifred", FamilyName = "Ashdown",
            AddressLine1 = "9 Rope Walk", Town = "Northby", Postcode = "NB1 2AA", Team = DemoAccounts.NorthTeam,
        }, North);

        var stored = await RawColumnsAsync(reference);
        stored.ShouldAllBe(value => value.StartsWith(PersonalDataConverter.Prefix, StringComparison.Ordinal));
        string.Concat(stored).ShouldNotContain("Winifred");
        string.Concat(stored).ShouldNotContain(reference);
        string.Concat(stored).ShouldNotContain("Rope Walk");
        // The whole postcode: three letters alone turn up by chance in the protected text about one run in a hundred.
        string.Concat(stored).ShouldNotContain("NB1 2AA");
        var person = (await people.FindAsync(North, added.PersonId!.Value)).Value!.Person;
        (person.GivenName, person.FamilyName, person.AddressLine1, person.Postcode).ShouldBe(("Winifred", "Ashdown", "9 Rope Walk", "NB1 2AA"));
    }

    [Fact]
    public async Task Keys_Always_AreKeptInTheConfiguredDirectoryOutsideTheDatabase()
    {
        await Factory.Services.GetRequiredService<PeopleService>().ListCaseloadAsync(North);

        Directory.GetFiles(Factory.KeyDirectory, "key-*.xml").ShouldNotBeEmpty();
        Path.GetDirectoryName(Factory.KeyDirectory).ShouldBe(Path.GetDirectoryName(Factory.DatabasePath));
    }

    [Fact]
    public async Task InitializeAsync_RowsStoredBeforeProtection_ProtectsThemKeepingTheirValues()
    {
        var reference = "OLD-" + Guid.NewGuid().ToString("N")[..8];
        await using (var connection = new SqliteConnection($"Data Source={Factory.DatabasePath}"))
        {
            await connection.OpenAsync();
            await using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO "People" ("Id", "CaseReference", "GivenName", "FamilyName", "AddressLine1", "Town", "Postcode", "Team", "CreatedAt", "CreatedBy", "Version")
                VALUES ($id, $reference, 'Harold', 'Bexley', '1 Old Road', 'Northby', 'NB9 9ZZ', $team, '2025-01-01T00:00:00+00:00', 'before-upgrade', 0)
                """;
            insert.Parameters.AddWithValue("$id", Guid.NewGuid().ToString().ToUpperInvariant());
            insert.Parameters.AddWithValue("$reference", reference);
            insert.Parameters.AddWithValue("$team", DemoAccounts.NorthTeam);
            await insert.ExecuteNonQueryAsync();
        }

        await Factory.Services.GetRequiredService<IFormulateDatabaseInitializer>().InitializeAsync();

        (await RawColumnsAsync(reference)).ShouldAllBe(value => value.StartsWith(PersonalDataConverter.Prefix, StringComparison.Ordinal));
        var entry = (await Factory.Services.GetRequiredService<PeopleService>().ListCaseloadAsync(North)).Single(p => p.CaseReference == reference);
        entry.Name.ShouldBe("Harold Bexley");
    }

    [Fact]
    public async Task ListCaseloadAsync_ProtectedNames_AreStillSortedByFamilyName()
    {
        var caseload = await Factory.Services.GetRequiredService<PeopleService>().ListCaseloadAsync(North);

        var familyNames = caseload.Select(entry => entry.Name[(entry.Name.IndexOf(' ', StringComparison.Ordinal) + 1)..]).ToList();
        familyNames.ShouldBe(familyNames.Order(StringComparer.OrdinalIgnoreCase).ToList());
        caseload.ShouldContain(entry => entry.Name == "Ravi Chandra");
    }

    /// <summary>The person's columns as stored, found by the keyed hash of their case reference (the only way to find them in SQL).</summary>
    private async Task<List<string>> RawColumnsAsync(string caseReference)
    {
        string hash;
        await using (var context = await Factory.Services.GetRequiredService<IDbContextFactory<FormulateDbContext>>().CreateDbContextAsync())
        {
            hash = CaseReferenceHash.Of(context, caseReference);
        }

        await using var connection = new SqliteConnection($"Data Source={Factory.DatabasePath}");
        await connection.OpenAsync();
        await using var select = connection.CreateCommand();
        select.CommandText = """SELECT "GivenName", "FamilyName", "AddressLine1", "Town", "Postcode", "CaseReference" FROM "People" WHERE "CaseReferenceHash" = $hash""";
        select.Parameters.AddWithValue("$hash", hash);
        await using var reader = await select.ExecuteReaderAsync();
        (await reader.ReadAsync()).ShouldBeTrue();
        return [.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)];
    }
}
