using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Formulate.Data.Migrations.Legacy;

/// <summary>Schema version 4: draft and published versions of the model parameters and the council configuration, and imported benchmarking data.</summary>
[DbContext(typeof(LegacySchemaContext))]
[Migration("20261122000004_ParameterVersions")]
public sealed class ParameterVersions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);

        migrationBuilder.CreateTable(
            name: "ParameterSetVersions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 30, nullable: false),
                SetId = table.Column<string>(maxLength: 100, nullable: false),
                SetVersion = table.Column<string>(maxLength: 50, nullable: false),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                EffectiveFrom = table.Column<DateOnly>(nullable: true),
                Json = table.Column<string>(nullable: false),
                Note = table.Column<string>(maxLength: 2000, nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                CreatedBy = table.Column<string>(maxLength: 256, nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: true),
                UpdatedBy = table.Column<string>(maxLength: 256, nullable: true),
                PublishedAt = table.Column<DateTime>(nullable: true),
                PublishedBy = table.Column<string>(maxLength: 256, nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ParameterSetVersions", x => x.Id));

        migrationBuilder.CreateIndex(
            name: "IX_ParameterSetVersions_Kind_SetId_SetVersion",
            table: "ParameterSetVersions",
            columns: ["Kind", "SetId", "SetVersion"],
            unique: true);
        migrationBuilder.CreateIndex(name: "IX_ParameterSetVersions_Kind_Status", table: "ParameterSetVersions", columns: ["Kind", "Status"]);

        migrationBuilder.CreateTable(
            name: "BenchmarkDatasets",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Title = table.Column<string>(maxLength: 300, nullable: false),
                Illustrative = table.Column<bool>(nullable: false),
                CouncilCount = table.Column<int>(nullable: false),
                Json = table.Column<string>(nullable: false),
                ImportedAt = table.Column<DateTime>(nullable: false),
                ImportedBy = table.Column<string>(maxLength: 256, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_BenchmarkDatasets", x => x.Id));

        migrationBuilder.CreateIndex(name: "IX_BenchmarkDatasets_ImportedAt", table: "BenchmarkDatasets", column: "ImportedAt");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: "BenchmarkDatasets");
        migrationBuilder.DropTable(name: "ParameterSetVersions");
    }
}
