using Microsoft.Data.Sqlite;

namespace Formulate.Tests.Web.Support;

/// <summary>
/// The database and key directory of an app that has started once, with every default: migrated, the shipped versions
/// published and the demo records seeded. Made once per test run, by the first app to ask; each app under test that
/// starts as that one did starts on a copy of its own, and its own start then finds nothing left to do.
/// </summary>
internal static class WebAppTemplate
{
    private static readonly Lazy<string> Directory = new(Make, LazyThreadSafetyMode.ExecutionAndPublication);

    private static string DatabasePath => Path.Combine(Directory.Value, "formulate.db");

    private static string KeyDirectory => Path.Combine(Directory.Value, "keys");

    public static void CopyTo(string databasePath, string keyDirectory)
    {
        File.Copy(DatabasePath, databasePath);
        System.IO.Directory.CreateDirectory(keyDirectory);
        foreach (var key in System.IO.Directory.GetFiles(KeyDirectory))
        {
            File.Copy(key, Path.Combine(keyDirectory, Path.GetFileName(key)));
        }
    }

    private static string Make()
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("formulate-web-template-").FullName;
        using (var app = FormulateWebFactory.WithFreshDatabase())
        {
            app.CreateClient().Dispose();
            Checkpoint(app.DatabasePath);
            File.Copy(app.DatabasePath, Path.Combine(directory, "formulate.db"));
            System.IO.Directory.CreateDirectory(Path.Combine(directory, "keys"));
            foreach (var key in System.IO.Directory.GetFiles(app.KeyDirectory))
            {
                File.Copy(key, Path.Combine(directory, "keys", Path.GetFileName(key)));
            }
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => System.IO.Directory.Delete(directory, recursive: true);
        return directory;
    }

    /// <summary>Moves everything in the write-ahead log into the file itself, so that a copy of the file alone is whole.</summary>
    private static void Checkpoint(string databasePath)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        connection.Open();
        using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        using var reader = checkpoint.ExecuteReader();
        reader.Read();
        if (reader.GetInt32(0) != 0)
        {
            throw new InvalidOperationException($"The template database {databasePath} was busy and could not be checkpointed.");
        }
    }
}
