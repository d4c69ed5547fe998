using Formulate.Data.Resilience;
using Formulate.Tests.Web.Support;
using Formulate.Web.Security.Protection;
using Formulate.Web.Startup;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.Protection;

/// <summary>Keys kept in the database (<c>Formulate:DataProtection:KeyStore</c> = <c>Database</c>) rather than in a key directory.</summary>
public sealed class DatabaseKeyStoreTests
{
    [Fact]
    public async Task Start_DatabaseKeyStoreAfterAKeyDirectory_StillReadsWhatTheDirectorysKeysProtected()
    {
        // Today's installation: keys in a key directory, a person's name and address protected with them.
        using var before = new FormulateWebFactory();
        var personId = await SharedKeys.AddPersonAsync(before.Services, "Winifred", "Ashdown");
        var keyFiles = Directory.GetFiles(before.KeyDirectory, "*.xml").Select(Path.GetFileNameWithoutExtension).Order().ToList();
        keyFiles.ShouldNotBeEmpty();

        using var upgraded = new FormulateWebFactory(OnDatabaseOf(before, before.KeyDirectory));
        (await SharedKeys.NameAndAddressAsync(upgraded.Services, personId)).ShouldBe("Winifred Ashdown, 12 Mill Lane");
        (await StoredRowsAsync(before.DatabasePath)).Keys.Order().ShouldBe(keyFiles);

        // Copied in: a server without the directory reads them from the database.
        using var withoutTheDirectory = new FormulateWebFactory(OnDatabaseOf(before, SharedKeys.NoKeyDirectory()));
        (await SharedKeys.NameAndAddressAsync(withoutTheDirectory.Services, personId)).ShouldBe("Winifred Ashdown, 12 Mill Lane");
    }

    [Fact]
    public async Task Protect_DatabaseKeyStore_KeepsEachKeyInTheDatabaseEncryptedAndWritesNoKeyFile()
    {
        var keyDirectory = SharedKeys.NoKeyDirectory();
        using var factory = new FormulateWebFactory(SharedKeys.InDatabase(keyDirectory));
        var personId = await SharedKeys.AddPersonAsync(factory.Services, "Ada", "Brennan");

        var rows = await StoredRowsAsync(factory.DatabasePath);
        var key = rows.ShouldHaveSingleItem();
        key.Key.ShouldStartWith("key-");
        // A copy of the database alone must not hold the key that decrypts the names in it.
        key.Value.ShouldNotContain("masterKey");
        key.Value.ShouldNotContain("<");
        var decrypted = factory.Services.GetRequiredService<KeyRingEncryption>().Decrypt(key.Value, key.Key);
        decrypted.ShouldContain("masterKey");
        decrypted.ShouldContain(key.Key["key-".Length..]);
        Directory.Exists(keyDirectory).ShouldBeFalse();
        (await SharedKeys.NameAndAddressAsync(factory.Services, personId)).ShouldBe("Ada Brennan, 12 Mill Lane");
    }

    [Theory]
    [InlineData(null, "Formulate:DataProtection:KeyStore is Database, so Formulate:DataProtection:KeyEncryptionKey must be set: 32 random bytes written in base64.")]
    [InlineData("bm90IHRoaXJ0eS10d28=", "Formulate:DataProtection:KeyEncryptionKey is 14 bytes written in base64; it must be 32 bytes.")]
    [InlineData("not base64 at all!", "Formulate:DataProtection:KeyEncryptionKey is not 32 bytes written in base64 (it is not base64).")]
    public void Start_KeyEncryptionKeyMissingOrMalformed_RefusesSayingHowToMakeOne(string? keyEncryptionKey, string expected)
    {
        using var factory = new FormulateWebFactory(SharedKeys.InDatabase(SharedKeys.NoKeyDirectory(), keyEncryptionKey));

        var reason = StartFailure(factory);

        reason.ShouldStartWith(expected);
        reason.ShouldContain("Make one with `openssl rand -base64 32`, give every instance the same one");
        if (keyEncryptionKey is not null)
        {
            reason.ShouldNotContain(keyEncryptionKey);
        }
    }

    [Fact]
    public async Task Start_AnotherKeyEncryptionKey_RefusesSayingEveryInstanceMustShareOne()
    {
        using var first = new FormulateWebFactory(SharedKeys.InDatabase(SharedKeys.NoKeyDirectory()));
        await SharedKeys.AddPersonAsync(first.Services, "Ada", "Brennan");
        var keyName = (await StoredRowsAsync(first.DatabasePath)).Keys.Single();

        using var second = new FormulateWebFactory(new Dictionary<string, string?>(SharedKeys.InDatabase(SharedKeys.NoKeyDirectory(), SharedKeys.OtherKeyEncryptionKey))
        {
            ["Formulate:Data:ConnectionString"] = $"Data Source={first.DatabasePath}",
        });

        var reason = StartFailure(second);

        reason.ShouldStartWith($"The key ring element {keyName} in the database cannot be decrypted with this instance's Formulate:DataProtection:KeyEncryptionKey");
        reason.ShouldContain("Give this instance the same Formulate:DataProtection:KeyEncryptionKey as the instances that stored the keys; every instance using this database must share it.");
    }

    private static Dictionary<string, string?> OnDatabaseOf(FormulateWebFactory installation, string keyDirectory) =>
        new(SharedKeys.InDatabase(keyDirectory)) { ["Formulate:Data:ConnectionString"] = $"Data Source={installation.DatabasePath}" };

    private static string StartFailure(FormulateWebFactory factory)
    {
        var exception = Should.Throw<Exception>(() => factory.Services);
        return (ExceptionChain.Find<CannotStartException>(exception) ?? throw new ShouldAssertException($"Expected a reason not to start, got {exception}")).Message;
    }

    /// <summary>The key ring's rows as stored: name and stored text.</summary>
    private static async Task<Dictionary<string, string>> StoredRowsAsync(string databasePath)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath}");
        await connection.OpenAsync();
        await using var select = connection.CreateCommand();
        select.CommandText = """SELECT "FriendlyName", "EncryptedXml" FROM "DataProtectionKeys" """;
        await using var reader = await select.ExecuteReaderAsync();
        var rows = new Dictionary<string, string>();
        while (await reader.ReadAsync())
        {
            rows[reader.GetString(0)] = reader.GetString(1);
        }

        return rows;
    }
}
