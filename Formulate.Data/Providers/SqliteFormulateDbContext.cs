using Microsoft.EntityFrameworkCore;

namespace Formulate.Data.Providers;

/// <summary>The context on SQLite: its migrations are those in <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteFormulateDbContext(DbContextOptions<FormulateDbContext> options) : FormulateDbContext(options);
