using Microsoft.EntityFrameworkCore.Design;

namespace Formulate.Data.Providers;

/// <summary>
/// For <c>dotnet ef migrations add &lt;Name&gt; --context SqlServerFormulateDbContext</c>: the model on SqlServer. Adding a migration
/// reads the model only; this connection string is never opened.
/// </summary>
public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerFormulateDbContext>
{
    public SqlServerFormulateDbContext CreateDbContext(string[] args) =>
        new(FormulateContexts.Options(DatabaseProvider.SqlServer, "Server=localhost;Database=formulate;Integrated Security=true;TrustServerCertificate=true"));
}
