using Formulate.Data;
using Microsoft.Data.SqlClient;

namespace Formulate.Tests.Data.Infrastructure;

/// <summary>A database of its own on a SQL Server someone runs for the opt-in tests (FORMULATE_TEST_SQLSERVER).</summary>
public sealed class SqlServerHost(string connectionString) : ITestDatabaseHost
{
    private const string DescribeSql = """
        SELECT 'column ' + TABLE_NAME + '.' + COLUMN_NAME + ' ' + DATA_TYPE + ' ' + IS_NULLABLE
          FROM INFORMATION_SCHEMA.COLUMNS
        UNION ALL
        SELECT 'index ' + OBJECT_NAME(i.object_id) + '.' + i.name + ' unique=' + CAST(i.is_unique AS varchar(1))
          FROM sys.indexes i WHERE i.name IS NOT NULL AND OBJECTPROPERTY(i.object_id, 'IsUserTable') = 1
        """;

    public DatabaseProvider Provider => DatabaseProvider.SqlServer;

    public string NewDatabaseConnectionString() => connectionString;

    /// <summary>No template on a shared server: the database is migrated as a first start would.</summary>
    public Task CreateFromTemplateAsync(string connectionString) => TestDatabase.InitializeTemplateAsync(Provider, connectionString);

    public async Task<IReadOnlyList<string>> DescribeSchemaAsync(string connectionString)
    {
        await using var connection = new SqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = DescribeSql;
        return await SchemaLines.ReadAsync(command);
    }

    public async Task DropDatabaseAsync(string connectionString)
    {
        SqlConnection.ClearAllPools();
        var database = new SqlConnectionStringBuilder(connectionString).InitialCatalog;
        await using var connection = new SqlConnection(new SqlConnectionStringBuilder(connectionString) { InitialCatalog = "master" }.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"IF DB_ID(N'{database}') IS NOT NULL BEGIN ALTER DATABASE [{database}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{database}]; END";
        await command.ExecuteNonQueryAsync();
    }
}
