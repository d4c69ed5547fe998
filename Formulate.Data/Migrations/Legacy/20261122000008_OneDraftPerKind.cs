using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Formulate.Data.Migrations.Legacy;

/// <summary>
/// Schema version 8: at most one draft of each kind of parameters. Two officers starting a draft at the same moment
/// could otherwise both succeed, and every later read of "the draft" would find two.
/// </summary>
[DbContext(typeof(LegacySchemaContext))]
[Migration("20261122000008_OneDraftPerKind")]
public sealed class OneDraftPerKind : Migration
{
    public const string IndexName = "IX_ParameterSetVersions_OneDraftPerKind";

    public const string DraftFilter = "\"Status\" = 'Draft'";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateIndex(name: IndexName, table: "ParameterSetVersions", column: "Kind", unique: true, filter: DraftFilter);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropIndex(name: IndexName, table: "ParameterSetVersions");
    }
}
