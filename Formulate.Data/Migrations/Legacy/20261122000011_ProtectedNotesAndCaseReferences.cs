using Formulate.Data.Protection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Formulate.Data.Migrations.Legacy;

/// <summary>
/// Schema version 11: case references and the free text written about a budget (the note on a proposal that differs
/// from the estimate, a manager's comments) are stored protected, like names and addresses, so their columns are
/// widened. A protected reference cannot be compared in SQL, so each person gets the keyed hash of their reference
/// (<see cref="CaseReferenceHash"/>), which is unique in place of the reference; its key is kept in LookupKeys,
/// protected. The rows already stored are protected and hashed at start-up, straight after this version
/// (<see cref="PersonalDataBackfill"/>): the keys live with the app, never in the database.
/// </summary>
[DbContext(typeof(LegacySchemaContext))]
[Migration("20261122000011_ProtectedNotesAndCaseReferences")]
public sealed class ProtectedNotesAndCaseReferences : Migration
{
    private const string ReferenceIndex = "IX_People_CaseReference";
    private const string HashIndex = "IX_People_CaseReferenceHash";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropIndex(name: ReferenceIndex, table: "People");
        migrationBuilder.AddColumn<string>(name: CaseReferenceHash.Column, table: "People", maxLength: CaseReferenceHash.Length, nullable: true);
        migrationBuilder.CreateIndex(name: HashIndex, table: "People", column: CaseReferenceHash.Column, unique: true);
        migrationBuilder.CreateTable(
            name: "LookupKeys",
            columns: table => new
            {
                Purpose = table.Column<string>(maxLength: LookupKeys.PurposeLength, nullable: false),
                ProtectedKey = table.Column<string>(maxLength: PersonalData.StoredLength, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_LookupKeys", k => k.Purpose));

        // SQLite's TEXT has no length to widen.
        if (!migrationBuilder.IsSqlite())
        {
            Widen(migrationBuilder, "People", "CaseReference", 50, PersonalData.StoredLength, nullable: false);
            Widen(migrationBuilder, "BudgetSubmissions", PersonalData.SubmissionNoteColumn, 2000, PersonalData.StoredNoteLength, nullable: true);
            Widen(migrationBuilder, "SubmissionDecisions", PersonalData.DecisionCommentsColumn, 2000, PersonalData.StoredNoteLength, nullable: true);
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: "LookupKeys");
        migrationBuilder.DropIndex(name: HashIndex, table: "People");
        if (migrationBuilder.IsSqlite())
        {
            // EF rebuilds a SQLite table to drop a column only from a model snapshot, which these versions do not keep.
            migrationBuilder.Sql($"ALTER TABLE \"People\" DROP COLUMN \"{CaseReferenceHash.Column}\";");
        }
        else
        {
            migrationBuilder.DropColumn(name: CaseReferenceHash.Column, table: "People");
        }

        migrationBuilder.CreateIndex(name: ReferenceIndex, table: "People", column: "CaseReference", unique: true);
    }

    private static void Widen(MigrationBuilder migrationBuilder, string table, string column, int oldLength, int length, bool nullable) =>
        migrationBuilder.AlterColumn<string>(
            name: column,
            table: table,
            maxLength: length,
            nullable: nullable,
            oldClrType: typeof(string),
            oldMaxLength: oldLength,
            oldNullable: nullable);
}
