using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Formulate.Data.Migrations.Legacy;

/// <summary>Schema version 5: accuracy samples (pseudonymous, apart from people's records), accuracy reports, and practitioners' flags on inaccurate estimates.</summary>
[DbContext(typeof(LegacySchemaContext))]
[Migration("20261122000005_AccuracySamples")]
public sealed class AccuracySamples : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);

        migrationBuilder.CreateTable(
            name: "AccuracySamples",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                CaseCount = table.Column<int>(nullable: false),
                Csv = table.Column<string>(nullable: false),
                UploadedAt = table.Column<DateTime>(nullable: false),
                UploadedBy = table.Column<string>(maxLength: 256, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_AccuracySamples", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_AccuracySamples_UploadedAt", table: "AccuracySamples", column: "UploadedAt");

        migrationBuilder.CreateTable(
            name: "AccuracyReports",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AccuracySampleId = table.Column<Guid>(nullable: false),
                SampleName = table.Column<string>(maxLength: 200, nullable: false),
                QuestionSetVersion = table.Column<string>(maxLength: 150, nullable: false),
                ModelVersion = table.Column<string>(maxLength: 150, nullable: false),
                ConfigurationVersion = table.Column<string>(maxLength: 150, nullable: false),
                TolerancePercent = table.Column<decimal>(precision: 5, scale: 2, nullable: false),
                CaseCount = table.Column<int>(nullable: false),
                Pearson = table.Column<double>(nullable: true),
                BaselinePearson = table.Column<double>(nullable: true),
                Json = table.Column<string>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                CreatedBy = table.Column<string>(maxLength: 256, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AccuracyReports", x => x.Id);
                table.ForeignKey(
                    name: "FK_AccuracyReports_AccuracySamples_AccuracySampleId",
                    column: x => x.AccuracySampleId,
                    principalTable: "AccuracySamples",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_AccuracyReports_AccuracySampleId", table: "AccuracyReports", column: "AccuracySampleId");
        migrationBuilder.CreateIndex(name: "IX_AccuracyReports_CreatedAt", table: "AccuracyReports", column: "CreatedAt");

        migrationBuilder.CreateTable(
            name: "EstimateFlags",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                EstimateSnapshotId = table.Column<Guid>(nullable: false),
                PersonId = table.Column<Guid>(nullable: false),
                Reason = table.Column<string>(maxLength: 2000, nullable: false),
                FlaggedAt = table.Column<DateTime>(nullable: false),
                FlaggedBy = table.Column<string>(maxLength: 256, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_EstimateFlags", x => x.Id);
                table.ForeignKey(
                    name: "FK_EstimateFlags_EstimateSnapshots_EstimateSnapshotId",
                    column: x => x.EstimateSnapshotId,
                    principalTable: "EstimateSnapshots",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_EstimateFlags_People_PersonId",
                    column: x => x.PersonId,
                    principalTable: "People",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(name: "IX_EstimateFlags_EstimateSnapshotId", table: "EstimateFlags", column: "EstimateSnapshotId");
        migrationBuilder.CreateIndex(name: "IX_EstimateFlags_PersonId", table: "EstimateFlags", column: "PersonId");
        migrationBuilder.CreateIndex(name: "IX_EstimateFlags_FlaggedAt", table: "EstimateFlags", column: "FlaggedAt");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: "EstimateFlags");
        migrationBuilder.DropTable(name: "AccuracyReports");
        migrationBuilder.DropTable(name: "AccuracySamples");
    }
}
