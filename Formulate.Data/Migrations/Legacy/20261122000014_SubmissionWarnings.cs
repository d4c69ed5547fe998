using Formulate.Data.Configuration;
using Formulate.Data.Protection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Formulate.Data.Migrations.Legacy;

/// <summary>
/// Schema version 14: a submission keeps the quality-assurance warnings of its estimate as the practitioner saw them,
/// each with the practitioner's reason for going ahead (stored protected, like the note on a difference), and says
/// whether it did so. Submissions made before this version read false: nothing was recorded about their warnings.
/// </summary>
[DbContext(typeof(LegacySchemaContext))]
[Migration("20261122000014_SubmissionWarnings")]
public sealed class SubmissionWarnings : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.AddColumn<bool>(name: "WarningsRecorded", table: "BudgetSubmissions", nullable: false, defaultValue: false);
        migrationBuilder.CreateTable(
            name: "SubmissionWarnings",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                SubmissionId = table.Column<Guid>(nullable: false),
                Position = table.Column<int>(nullable: false),
                RuleId = table.Column<string>(maxLength: 20, nullable: false),
                Severity = table.Column<string>(maxLength: 20, nullable: false),
                Text = table.Column<string>(maxLength: SubmissionWarningConfiguration.TextLength, nullable: false),
                PractitionerReason = table.Column<string>(maxLength: PersonalData.StoredNoteLength, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SubmissionWarnings", x => x.Id);
                table.ForeignKey(
                    name: "FK_SubmissionWarnings_BudgetSubmissions_SubmissionId",
                    column: x => x.SubmissionId,
                    principalTable: "BudgetSubmissions",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(name: "IX_SubmissionWarnings_SubmissionId", table: "SubmissionWarnings", column: "SubmissionId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: "SubmissionWarnings");
        if (migrationBuilder.IsSqlite())
        {
            // EF rebuilds a SQLite table to drop a column only from a model snapshot, which these versions do not keep.
            migrationBuilder.Sql("ALTER TABLE \"BudgetSubmissions\" DROP COLUMN \"WarningsRecorded\";");
        }
        else
        {
            migrationBuilder.DropColumn(name: "WarningsRecorded", table: "BudgetSubmissions");
        }
    }
}
