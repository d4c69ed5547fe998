using Microsoft.EntityFrameworkCore;

namespace Formulate.Data.Migrations.Legacy;

/// <summary>
/// The context the hand-written schema versions 1 to 16 belong to. They are run only to finish upgrading a database that
/// was made by them (<see cref="LegacySchema"/>); every database is then carried on by its provider's generated migrations.
/// </summary>
internal sealed class LegacySchemaContext(DbContextOptions<FormulateDbContext> options) : FormulateDbContext(options);
