using Microsoft.Data.Sqlite;

namespace Formulate.Tests.Reliability.Support;

/// <summary>Damage to a SQLite file such as a failing disk leaves: whole pages of noise.</summary>
internal static class PageDamage
{
    /// <summary>
    /// Overwrites the first page of every table but SQLite's own catalogue with noise: pages in use,
    /// unlike the free pages a file also holds, whose damage nothing would ever read.
    /// </summary>
    public static void DamageTables(string path)
    {
        var pages = new List<long>();
        long pageSize;
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA page_size";
            pageSize = (long)command.ExecuteScalar()!;
            command.CommandText = "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND rootpage > 1";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                pages.Add(reader.GetInt64(0));
            }
        }

        using var file = File.Open(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
        var noise = new byte[pageSize];
        var random = new Random(7);
        foreach (var page in pages)
        {
            random.NextBytes(noise);
            file.Position = (page - 1) * pageSize;
            file.Write(noise);
        }
    }
}
