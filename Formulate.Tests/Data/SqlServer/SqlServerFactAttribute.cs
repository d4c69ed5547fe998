namespace Formulate.Tests.Data.SqlServer;

/// <summary>A test that needs a real SQL Server: run only when FORMULATE_TEST_SQLSERVER holds a connection string to one.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SqlServerFactAttribute : FactAttribute
{
    public const string Variable = "FORMULATE_TEST_SQLSERVER";

    public SqlServerFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"No SQL Server to run on: set {Variable} to a connection string of a login that may create databases " +
                "(for example \"Server=localhost;User Id=sa;Password=...;TrustServerCertificate=true\").";
        }
    }
}
