using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Formulate.Data.Migrations.Legacy;

/// <summary>
/// Schema version 7: a budget submission records the approval limit it was judged against, so that it is still
/// explained correctly after the council changes the limit. Submissions made before this version keep null: the
/// limit then in force was not recorded, and today's may differ.
/// </summary>
[DbContext(typeof(LegacySchemaContext))]
[Migration("20261122000007_SubmissionApprovalLimit")]
public sealed class SubmissionApprovalLimit : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.AddColumn<decimal>(
            name: "SecondApprovalAboveWeekly",
            table: "BudgetSubmissions",
            precision: 18,
            scale: 2,
            nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        if (migrationBuilder.IsSqlite())
        {
            // EF rebuilds a SQLite table to drop a column only from a model snapshot, which these versions do not keep;
            // SQLite drops a plain column itself.
            migrationBuilder.Sql("ALTER TABLE \"BudgetSubmissions\" DROP COLUMN \"SecondApprovalAboveWeekly\";");
            return;
        }

        migrationBuilder.DropColumn(name: "SecondApprovalAboveWeekly", table: "BudgetSubmissions");
    }
}
