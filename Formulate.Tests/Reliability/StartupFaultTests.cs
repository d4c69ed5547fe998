using System.Runtime.Versioning;
using Formulate.Tests.Reliability.Support;
using Microsoft.Data.Sqlite;

namespace Formulate.Tests.Reliability;

/// <summary>
/// Each fault Formulate meets as it starts, met on the first start of a real process: it stops
/// with exit code 1 and one log line saying what is wrong and how to put it right, never an
/// unhandled exception (exit code 134 and a stack trace).
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class StartupFaultTests(PreparedDatabase prepared) : IClassFixture<PreparedDatabase>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Start_FileIsNotADatabase_ExitsWithCode1NamingTheFile()
    {
        using var copy = prepared.CopyForTest();
        await File.WriteAllTextAsync(copy.DatabasePath, string.Concat(Enumerable.Repeat("Not a database, only words. ", 200)));

        var reason = await StartUntilItStopsAsync(copy.Settings);

        reason.ShouldContain($"The file {copy.DatabasePath} is not a SQLite database");
        reason.ShouldContain("Restore it from its latest backup, or set Formulate:Data:ConnectionString to the right file.");
    }

    [Fact]
    public async Task Start_PagesDamaged_ExitsWithCode1SayingToRestoreTheBackup()
    {
        using var copy = prepared.CopyForTest();
        copy.DamagePages();

        var reason = await StartUntilItStopsAsync(copy.Settings);

        reason.ShouldContain($"The SQLite database {copy.DatabasePath} is damaged (");
        reason.ShouldContain("restore the file from its latest backup");
    }

    [Fact]
    public async Task Start_SchemaFromANewerRelease_ExitsWithCode1SayingWhichReleaseToRun()
    {
        using var copy = prepared.CopyForTest();
        await using (var connection = new SqliteConnection($"Data Source={copy.DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """INSERT INTO "__EFMigrationsHistory" VALUES ('29990101000000_FromTheFuture', '10.0.0')""";
            await command.ExecuteNonQueryAsync();
        }

        var reason = await StartUntilItStopsAsync(copy.Settings);

        reason.ShouldContain("schema versions this release of Formulate does not know (29990101000000_FromTheFuture)");
        reason.ShouldContain("run that release or a later one");
    }

    [Fact]
    public async Task Start_SqliteFolderNotWritable_ExitsWithCode1SayingWhatToAllow()
    {
        using var copy = prepared.CopyForTest();
        var folder = Directory.CreateDirectory(Path.Combine(copy.Directory, "read-only")).FullName;
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute
            | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        var database = Path.Combine(folder, "formulate.db");

        var reason = await StartUntilItStopsAsync(
            new Dictionary<string, string>
            {
                ["Formulate:Data:ConnectionString"] = $"Data Source={database}",
                ["Formulate:DataProtection:KeyDirectory"] = Path.Combine(copy.Directory, "new-keys"),
            },
            unprivileged: true);

        reason.ShouldContain($"Formulate cannot create or write the SQLite database {database}");
        reason.ShouldContain($"Let the account Formulate runs as write to the file and its folder {folder}");
    }

    [Fact]
    public async Task Start_KeyDirectoryMissing_ExitsWithCode1SayingToRestoreIt()
    {
        using var copy = prepared.CopyForTest();
        Directory.Delete(copy.KeyDirectory, recursive: true);

        var reason = await StartUntilItStopsAsync(copy.Settings);

        reason.ShouldContain($"The key directory {copy.KeyDirectory} (Formulate:DataProtection:KeyDirectory) does not exist, " +
            "but the database holds names and addresses protected with keys");
        reason.ShouldContain("Restore the key directory from its backup");
    }

    [Fact]
    public async Task Start_KeysThatDidNotProtectTheData_ExitsWithCode1SayingToRestoreTheRightOnes()
    {
        using var copy = prepared.CopyForTest();
        var otherKeys = Directory.CreateDirectory(Path.Combine(copy.Directory, "another-installation")).FullName;

        var reason = await StartUntilItStopsAsync(new Dictionary<string, string>(copy.Settings)
        {
            ["Formulate:DataProtection:KeyDirectory"] = otherKeys,
        });

        reason.ShouldContain($"The keys in the key directory {otherKeys} (Formulate:DataProtection:KeyDirectory) cannot decrypt the names and addresses in the database");
        reason.ShouldContain("was not found in the key ring");
        reason.ShouldContain("every Formulate server using this database must share it");
    }

    [Fact]
    public async Task Start_KeyDirectoryUnreadable_ExitsWithCode1SayingWhatToAllow()
    {
        using var copy = prepared.CopyForTest();
        File.SetUnixFileMode(copy.DatabasePath, (UnixFileMode)0b110_110_110);
        File.SetUnixFileMode(copy.KeyDirectory, UnixFileMode.None);

        var reason = await StartUntilItStopsAsync(copy.Settings, unprivileged: true);

        reason.ShouldContain($"Formulate cannot read the key directory {copy.KeyDirectory} (Formulate:DataProtection:KeyDirectory)");
        reason.ShouldContain("Let the account Formulate runs as read and write it");
    }

    [Fact]
    public async Task Start_SettingThatIsNotValid_ExitsWithCode1NamingTheSetting()
    {
        using var copy = prepared.CopyForTest();

        var reason = await StartUntilItStopsAsync(new Dictionary<string, string>(copy.Settings)
        {
            ["Formulate:ForwardedHeaders:KnownProxies:0"] = "proxy.council.local",
        });

        reason.ShouldContain("Formulate:ForwardedHeaders:KnownProxies has 'proxy.council.local', which is not an IP address");
    }

    /// <summary>Starts Formulate once, expects it to stop with exit code 1, and returns the one reason it logged.</summary>
    private static async Task<string> StartUntilItStopsAsync(IReadOnlyDictionary<string, string> settings, bool unprivileged = false)
    {
        await using var formulate = FormulateProcess.Start(settings, unprivileged);

        var exitCode = await formulate.WaitForExitAsync(Timeout);

        exitCode.ShouldBe(1, formulate.Output);
        formulate.Output.ShouldNotContain("Unhandled exception");
        var reason = formulate.Messages("Critical").ShouldHaveSingleItem(formulate.Output);
        reason.ShouldStartWith("Formulate cannot start: ");
        reason.ShouldNotContain("\n");
        return reason;
    }
}
