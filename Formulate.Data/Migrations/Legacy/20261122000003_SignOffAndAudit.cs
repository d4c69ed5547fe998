using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Formulate.Data.Migrations.Legacy;

/// <summary>Schema version 3: budget submissions, managers' decisions on them, and the audit log.</summary>
[DbContext(typeof(LegacySchemaContext))]
[Migration("20261122000003_SignOffAndAudit")]
public sealed class SignOffAndAudit : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);

        migrationBuilder.CreateTable(
            name: "BudgetSubmissions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                NeedsProfileId = table.Column<Guid>(nullable: false),
                PersonId = table.Column<Guid>(nullable: false),
                EstimateSnapshotId = table.Column<Guid>(nullable: false),
                Team = table.Column<string>(maxLength: 100, nullable: false),
                AgeBand = table.Column<string>(maxLength: 50, nullable: true),
                EstimatedWeekly = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                ProposedWeekly = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                DifferenceReason = table.Column<string>(maxLength: 100, nullable: true),
                DifferenceNote = table.Column<string>(maxLength: 2000, nullable: true),
                NeedsSecondApproval = table.Column<bool>(nullable: false),
                Status = table.Column<string>(maxLength: 30, nullable: false),
                SubmittedAt = table.Column<DateTime>(nullable: false),
                SubmittedBy = table.Column<string>(maxLength: 256, nullable: false),
                StartDate = table.Column<DateOnly>(nullable: true),
                ReviewDate = table.Column<DateOnly>(nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_BudgetSubmissions", x => x.Id);
                table.ForeignKey(
                    name: "FK_BudgetSubmissions_EstimateSnapshots_EstimateSnapshotId",
                    column: x => x.EstimateSnapshotId,
                    principalTable: "EstimateSnapshots",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_BudgetSubmissions_NeedsProfiles_NeedsProfileId",
                    column: x => x.NeedsProfileId,
                    principalTable: "NeedsProfiles",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_BudgetSubmissions_People_PersonId",
                    column: x => x.PersonId,
                    principalTable: "People",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(name: "IX_BudgetSubmissions_EstimateSnapshotId", table: "BudgetSubmissions", column: "EstimateSnapshotId");
        migrationBuilder.CreateIndex(name: "IX_BudgetSubmissions_NeedsProfileId", table: "BudgetSubmissions", column: "NeedsProfileId");
        migrationBuilder.CreateIndex(name: "IX_BudgetSubmissions_PersonId", table: "BudgetSubmissions", column: "PersonId");
        migrationBuilder.CreateIndex(name: "IX_BudgetSubmissions_Status", table: "BudgetSubmissions", column: "Status");

        migrationBuilder.CreateTable(
            name: "SubmissionDecisions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                SubmissionId = table.Column<Guid>(nullable: false),
                Outcome = table.Column<string>(maxLength: 20, nullable: false),
                Stage = table.Column<int>(nullable: false),
                DecidedBy = table.Column<string>(maxLength: 256, nullable: false),
                DecidedAt = table.Column<DateTime>(nullable: false),
                Comments = table.Column<string>(maxLength: 2000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SubmissionDecisions", x => x.Id);
                table.ForeignKey(
                    name: "FK_SubmissionDecisions_BudgetSubmissions_SubmissionId",
                    column: x => x.SubmissionId,
                    principalTable: "BudgetSubmissions",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(name: "IX_SubmissionDecisions_SubmissionId", table: "SubmissionDecisions", column: "SubmissionId");

        migrationBuilder.CreateTable(
            name: "AuditEntries",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OccurredAt = table.Column<DateTime>(nullable: false),
                UserName = table.Column<string>(maxLength: 256, nullable: false),
                Action = table.Column<string>(maxLength: 100, nullable: false),
                EntityType = table.Column<string>(maxLength: 50, nullable: false),
                EntityId = table.Column<string>(maxLength: 100, nullable: false),
                PersonId = table.Column<Guid>(nullable: true),
                BeforeJson = table.Column<string>(nullable: true),
                AfterJson = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_AuditEntries", x => x.Id));

        migrationBuilder.CreateIndex(name: "IX_AuditEntries_OccurredAt", table: "AuditEntries", column: "OccurredAt");
        migrationBuilder.CreateIndex(name: "IX_AuditEntries_PersonId", table: "AuditEntries", column: "PersonId");
        migrationBuilder.CreateIndex(name: "IX_AuditEntries_UserName", table: "AuditEntries", column: "UserName");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: "AuditEntries");
        migrationBuilder.DropTable(name: "SubmissionDecisions");
        migrationBuilder.DropTable(name: "BudgetSubmissions");
    }
}
