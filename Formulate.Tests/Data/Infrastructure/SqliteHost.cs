using Formulate.Data;
using Microsoft.Data.Sqlite;

namespace Formulate.Tests.Data.Infrastructure;

/// <summary>A temporary database file per test.</summary>
public sealed class SqliteHost : ITestDatabaseHost
{
    // One template for the whole test run, whichever test class's host asks first.
    private static readonly Lazy<Task<string>> Template = new(MakeTemplateAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    private const string DescribeSql = """
        SELECT 'column ' || m.name || '.' || p.name || ' ' || p.type || ' notnull=' || p."notnull" || ' pk=' || p.pk
          FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table'
        UNION ALL
        SELECT 'index ' || m.name || ' ' || il.name || ' unique=' || il."unique" || ' ' || ii.seqno || ':' || ii.name
          FROM sqlite_master m JOIN pragma_index_list(m.name) il JOIN pragma_index_info(il.name) ii WHERE m.type = 'table'
        UNION ALL
        SELECT 'foreign key ' || m.name || '.' || f."from" || ' -> ' || f."table" || '.' || f."to" || ' on delete ' || f.on_delete
          FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table'
        """;

    public DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public string NewDatabaseConnectionString()
    {
        var path = Path.Combine(Path.GetTempPath(), $"formulate-test-{Guid.NewGuid():N}.db");
        return new SqliteConnectionStringBuilder { DataSource = path }.ToString();
    }

    public async Task CreateFromTemplateAsync(string connectionString)
    {
        var template = await Template.Value;
        File.Copy(template, new SqliteConnectionStringBuilder(connectionString).DataSource);
    }

    public async Task<IReadOnlyList<string>> DescribeSchemaAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = DescribeSql;
        return await SchemaLines.ReadAsync(command);
    }

    private static async Task<string> MakeTemplateAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"formulate-template-{Guid.NewGuid():N}.db");
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path }.ToString();
        await TestDatabase.InitializeTemplateAsync(DatabaseProvider.Sqlite, connectionString);

        // The schema is created in write-ahead-log mode: move everything into the file itself, so that a copy of the file alone is whole.
        await using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString()))
        {
            await connection.OpenAsync();
            await using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            await checkpoint.ExecuteNonQueryAsync();
        }

        using (var pooled = new SqliteConnection(connectionString))
        {
            SqliteConnection.ClearPool(pooled);
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(path);
        return path;
    }

    public Task DropDatabaseAsync(string connectionString)
    {
        SqliteConnection.ClearAllPools();
        var path = new SqliteConnectionStringBuilder(connectionString).DataSource;
        File.Delete(path);
        return Task.CompletedTask;
    }
}
