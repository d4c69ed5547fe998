using Microsoft.EntityFrameworkCore;

namespace Formulate.Data.Providers;

/// <summary>The context on PostgreSQL: its migrations are those in <c>Migrations/PostgreSql</c>.</summary>
public sealed class PostgreSqlFormulateDbContext(DbContextOptions<FormulateDbContext> options) : FormulateDbContext(options);
