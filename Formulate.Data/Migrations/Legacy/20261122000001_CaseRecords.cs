using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Formulate.Data.Migrations.Legacy;

/// <summary>
/// Schema version 1: people, needs profiles and estimate snapshots.
/// Written by hand and provider-neutral: column types come from each provider's mapping of the
/// CLR type, so the same migration builds the same schema on SQLite and PostgreSQL. A shipped
/// migration is never edited; change the schema by adding the next one.
/// </summary>
[DbContext(typeof(LegacySchemaContext))]
[Migration("20261122000001_CaseRecords")]
public sealed class CaseRecords : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);

        migrationBuilder.CreateTable(
            name: "People",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CaseReference = table.Column<string>(maxLength: 50, nullable: false),
                GivenName = table.Column<string>(maxLength: 100, nullable: false),
                FamilyName = table.Column<string>(maxLength: 100, nullable: false),
                AddressLine1 = table.Column<string>(maxLength: 200, nullable: true),
                AddressLine2 = table.Column<string>(maxLength: 200, nullable: true),
                Town = table.Column<string>(maxLength: 100, nullable: true),
                Postcode = table.Column<string>(maxLength: 10, nullable: true),
                Team = table.Column<string>(maxLength: 100, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                CreatedBy = table.Column<string>(maxLength: 256, nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_People", x => x.Id));

        migrationBuilder.CreateIndex(name: "IX_People_CaseReference", table: "People", column: "CaseReference", unique: true);
        migrationBuilder.CreateIndex(name: "IX_People_Team", table: "People", column: "Team");

        migrationBuilder.CreateTable(
            name: "NeedsProfiles",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PersonId = table.Column<Guid>(nullable: false),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                AssessmentDate = table.Column<DateOnly>(nullable: false),
                QuestionSetVersion = table.Column<string>(maxLength: 50, nullable: false),
                AnswersJson = table.Column<string>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                CreatedBy = table.Column<string>(maxLength: 256, nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                UpdatedBy = table.Column<string>(maxLength: 256, nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_NeedsProfiles", x => x.Id);
                table.ForeignKey(
                    name: "FK_NeedsProfiles_People_PersonId",
                    column: x => x.PersonId,
                    principalTable: "People",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(name: "IX_NeedsProfiles_PersonId", table: "NeedsProfiles", column: "PersonId");

        migrationBuilder.CreateTable(
            name: "EstimateSnapshots",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                NeedsProfileId = table.Column<Guid>(nullable: false),
                PersonId = table.Column<Guid>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                CreatedBy = table.Column<string>(maxLength: 256, nullable: false),
                QuestionSetVersion = table.Column<string>(maxLength: 50, nullable: false),
                ModelVersion = table.Column<string>(maxLength: 50, nullable: false),
                ConfigurationVersion = table.Column<string>(maxLength: 50, nullable: false),
                WeeklyEstimate = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                InputJson = table.Column<string>(nullable: false),
                ResultJson = table.Column<string>(nullable: false),
                TraceJson = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_EstimateSnapshots", x => x.Id);
                table.ForeignKey(
                    name: "FK_EstimateSnapshots_NeedsProfiles_NeedsProfileId",
                    column: x => x.NeedsProfileId,
                    principalTable: "NeedsProfiles",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_EstimateSnapshots_People_PersonId",
                    column: x => x.PersonId,
                    principalTable: "People",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(name: "IX_EstimateSnapshots_NeedsProfileId", table: "EstimateSnapshots", column: "NeedsProfileId");
        migrationBuilder.CreateIndex(name: "IX_EstimateSnapshots_PersonId", table: "EstimateSnapshots", column: "PersonId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: "EstimateSnapshots");
        migrationBuilder.DropTable(name: "NeedsProfiles");
        migrationBuilder.DropTable(name: "People");
    }
}
