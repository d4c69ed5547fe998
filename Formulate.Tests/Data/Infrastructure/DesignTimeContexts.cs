using Formulate.Data;
using Formulate.Data.Providers;

namespace Formulate.Tests.Data.Infrastructure;

/// <summary>A context of each provider with a connection string nothing opens: for reading the model, migrations and SQL.</summary>
public static class DesignTimeContexts
{
    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql, DatabaseProvider.SqlServer];

    public static FormulateDbContext Create(DatabaseProvider provider) =>
        FormulateContexts.Create(provider, FormulateContexts.Options(provider, provider switch
        {
            DatabaseProvider.Sqlite => "Data Source=:memory:",
            DatabaseProvider.PostgreSql => "Host=127.0.0.1;Database=formulate",
            _ => "Server=127.0.0.1;Database=formulate;TrustServerCertificate=true",
        }));
}
