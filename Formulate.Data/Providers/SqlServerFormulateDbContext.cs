using Microsoft.EntityFrameworkCore;

namespace Formulate.Data.Providers;

/// <summary>The context on SQL Server: its migrations are those in <c>Migrations/SqlServer</c>.</summary>
public sealed class SqlServerFormulateDbContext(DbContextOptions<FormulateDbContext> options) : FormulateDbContext(options);
