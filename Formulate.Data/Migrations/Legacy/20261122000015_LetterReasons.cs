using Formulate.Data.Protection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Formulate.Data.Migrations.Legacy;

/// <summary>
/// Schema version 15: the reason a practitioner may write for the person's letter when the budget they propose differs
/// from the estimate, kept apart from the note for managers and stored protected like it.
/// </summary>
[DbContext(typeof(LegacySchemaContext))]
[Migration("20261122000015_LetterReasons")]
public sealed class LetterReasons : Migration
{
    private const string Table = "BudgetSubmissions";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.AddColumn<string>(
            name: PersonalData.SubmissionLetterReasonColumn, table: Table, maxLength: PersonalData.StoredNoteLength, nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        if (migrationBuilder.IsSqlite())
        {
            // EF rebuilds a SQLite table to drop a column only from a model snapshot, which these versions do not keep.
            migrationBuilder.Sql($"ALTER TABLE \"{Table}\" DROP COLUMN \"{PersonalData.SubmissionLetterReasonColumn}\";");
        }
        else
        {
            migrationBuilder.DropColumn(name: PersonalData.SubmissionLetterReasonColumn, table: Table);
        }
    }
}
