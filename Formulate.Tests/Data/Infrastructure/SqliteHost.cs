using Formulate.Data;
using Microsoft.Data.Sqlite;

namespace Formulate.Tests.Data.Infrastructure;

/// <summary>A temporary database file per test.</summary>
public sealed class SqliteHost : ITestDatabaseHost
{
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

    public async Task<IReadOnlyList<string>> DescribeSchemaAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = DescribeSql;
        return await SchemaLines.ReadAsync(command);
    }

    public Task DropDatabaseAsync(string connectionString)
    {
        SqliteConnection.ClearAllPools();
        var path = new SqliteConnectionStringBuilder(connectionString).DataSource;
        File.Delete(path);
        return Task.CompletedTask;
    }
}
