using Microsoft.EntityFrameworkCore.Design;

namespace Formulate.Data.Providers;

/// <summary>
/// For <c>dotnet ef migrations add &lt;Name&gt; --context PostgreSqlFormulateDbContext</c>: the model on PostgreSql. Adding a migration
/// reads the model only; this connection string is never opened.
/// </summary>
public sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlFormulateDbContext>
{
    public PostgreSqlFormulateDbContext CreateDbContext(string[] args) =>
        new(FormulateContexts.Options(DatabaseProvider.PostgreSql, "Host=localhost;Database=formulate"));
}
