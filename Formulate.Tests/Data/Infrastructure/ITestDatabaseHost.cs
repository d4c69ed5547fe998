using Formulate.Data;

namespace Formulate.Tests.Data.Infrastructure;

/// <summary>A database server the data tests run against; each test gets a database of its own.</summary>
public interface ITestDatabaseHost
{
    DatabaseProvider Provider { get; }

    string NewDatabaseConnectionString();

    /// <summary>Tables, columns, indexes and constraints as sorted lines, for comparing two schemas.</summary>
    Task<IReadOnlyList<string>> DescribeSchemaAsync(string connectionString);

    Task DropDatabaseAsync(string connectionString);
}
