using System.Runtime.Versioning;
using Formulate.Tests.Web.Support;
using Microsoft.Data.Sqlite;

namespace Formulate.Tests.Reliability.Support;

/// <summary>
/// A SQLite database Formulate has prepared and filled with the demo people (names and addresses
/// protected), with the key directory that protected them; each test damages a copy of its own.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class PreparedDatabase : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("formulate-prepared-").FullName;

    public PreparedDatabase()
    {
        using (var factory = FormulateWebFactory.WithFreshDatabase())
        {
            factory.CreateClient().Dispose();
            SqliteConnection.ClearAllPools();
            File.Copy(factory.DatabasePath, DatabasePath);
            CopyDirectory(factory.KeyDirectory, KeyDirectory);
        }
    }

    private string DatabasePath => Path.Combine(_directory, "formulate.db");

    private string KeyDirectory => Path.Combine(_directory, "keys");

    /// <summary>A copy of the database and its keys in a new directory, which anyone may enter.</summary>
    public Copy CopyForTest()
    {
        var directory = Directory.CreateTempSubdirectory("formulate-startup-").FullName;
        File.SetUnixFileMode(directory, (UnixFileMode)0b111_111_111);
        var copy = new Copy(directory);
        File.Copy(DatabasePath, copy.DatabasePath);
        CopyDirectory(KeyDirectory, copy.KeyDirectory);
        return copy;
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }

    public sealed class Copy(string directory) : IDisposable
    {
        public string Directory { get; } = directory;

        public string DatabasePath => Path.Combine(Directory, "formulate.db");

        public string KeyDirectory => Path.Combine(Directory, "keys");

        /// <summary>The settings that start Formulate on this copy.</summary>
        public Dictionary<string, string> Settings => new()
        {
            ["Formulate:Data:ConnectionString"] = $"Data Source={DatabasePath}",
            ["Formulate:DataProtection:KeyDirectory"] = KeyDirectory,
        };

        public void DamagePages() => PageDamage.DamageTables(DatabasePath);

        public void Dispose()
        {
            SqliteConnection.ClearAllPools();
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
