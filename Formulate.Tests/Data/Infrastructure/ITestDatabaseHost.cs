using Formulate.Data;

namespace Formulate.Tests.Data.Infrastructure;

/// <summary>A database server the data tests run against; each test gets a database of its own.</summary>
public interface ITestDatabaseHost
{
    DatabaseProvider Provider { get; }

    string NewDatabaseConnectionString();

    /// <summary>
    /// Creates the database <paramref name="connectionString"/> names as a copy of a template that the app's first start
    /// (without demo data) prepared once for the test run; the template is made by the first test to ask for it.
    /// </summary>
    Task CreateFromTemplateAsync(string connectionString);

    /// <summary>Tables, columns, indexes and constraints as sorted lines, for comparing two schemas.</summary>
    Task<IReadOnlyList<string>> DescribeSchemaAsync(string connectionString);

    Task DropDatabaseAsync(string connectionString);
}
