using Microsoft.EntityFrameworkCore.Design;

namespace Formulate.Data.Providers;

/// <summary>
/// For <c>dotnet ef migrations add &lt;Name&gt; --context SqliteFormulateDbContext</c>: the model on Sqlite. Adding a migration
/// reads the model only; this connection string is never opened.
/// </summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteFormulateDbContext>
{
    public SqliteFormulateDbContext CreateDbContext(string[] args) =>
        new(FormulateContexts.Options(DatabaseProvider.Sqlite, "Data Source=formulate-design-time.db"));
}
