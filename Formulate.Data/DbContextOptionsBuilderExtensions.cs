using Microsoft.EntityFrameworkCore;

namespace Formulate.Data;

public static class DbContextOptionsBuilderExtensions
{
    public static DbContextOptionsBuilder UseFormulateProvider(this DbContextOptionsBuilder builder, FormulateDataOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);

        return options.Provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(options.ConnectionString),
            DatabaseProvider.PostgreSql => builder.UseNpgsql(options.ConnectionString),
            DatabaseProvider.SqlServer => builder.UseSqlServer(options.ConnectionString),
            _ => throw new InvalidOperationException($"Database provider '{options.Provider}' is not supported."),
        };
    }
}
