using Microsoft.EntityFrameworkCore;

namespace Formulate.Data.Providers;

/// <summary>
/// Makes the context of the configured provider. EF Core finds a context's migrations by its type, so each provider's
/// generated migrations belong to a context type of its own (the EF Core documentation's "multiple context types").
/// </summary>
public static class FormulateContexts
{
    public static FormulateDbContext Create(DatabaseProvider provider, DbContextOptions<FormulateDbContext> options) => provider switch
    {
        DatabaseProvider.Sqlite => new SqliteFormulateDbContext(options),
        DatabaseProvider.PostgreSql => new PostgreSqlFormulateDbContext(options),
        DatabaseProvider.SqlServer => new SqlServerFormulateDbContext(options),
        _ => throw new InvalidOperationException($"Database provider '{provider}' is not supported."),
    };

    /// <summary>Options for the tools and tests that make a context without the app: the provider, and a connection string it need not open.</summary>
    public static DbContextOptions<FormulateDbContext> Options(DatabaseProvider provider, string connectionString)
    {
        var builder = new DbContextOptionsBuilder<FormulateDbContext>();
        builder.UseFormulateProvider(new FormulateDataOptions { Provider = provider, ConnectionString = connectionString });
        return builder.Options;
    }
}
