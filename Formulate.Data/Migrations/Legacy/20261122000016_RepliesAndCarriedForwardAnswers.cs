using Formulate.Data.Entities;
using Formulate.Data.Protection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Formulate.Data.Migrations.Legacy;

/// <summary>
/// Schema version 16: the practitioner's reply to a manager's return (who, when, and the text, stored protected like the
/// comments it answers), and which of a reassessment's answers were carried forward from the last agreed Needs Profile and
/// are still to be confirmed. Profiles stored before this version carry nothing forward.
/// </summary>
[DbContext(typeof(LegacySchemaContext))]
[Migration("20261122000016_RepliesAndCarriedForwardAnswers")]
public sealed class RepliesAndCarriedForwardAnswers : Migration
{
    private const string Decisions = "SubmissionDecisions";

    private const string Profiles = "NeedsProfiles";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.AddColumn<string>(name: PersonalData.DecisionReplyColumn, table: Decisions, maxLength: PersonalData.StoredNoteLength, nullable: true);
        migrationBuilder.AddColumn<string>(name: nameof(SubmissionDecision.RepliedBy), table: Decisions, maxLength: 256, nullable: true);
        migrationBuilder.AddColumn<DateTime>(name: nameof(SubmissionDecision.RepliedAt), table: Decisions, nullable: true);
        migrationBuilder.AddColumn<string>(
            name: nameof(NeedsProfile.CarriedForwardJson), table: Profiles, nullable: false, defaultValue: NeedsProfile.NoneCarriedForward);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        Drop(migrationBuilder, Profiles, nameof(NeedsProfile.CarriedForwardJson));
        foreach (var column in new[] { nameof(SubmissionDecision.RepliedAt), nameof(SubmissionDecision.RepliedBy), PersonalData.DecisionReplyColumn })
        {
            Drop(migrationBuilder, Decisions, column);
        }
    }

    private static void Drop(MigrationBuilder migrationBuilder, string table, string column)
    {
        if (migrationBuilder.IsSqlite())
        {
            // EF rebuilds a SQLite table to drop a column only from a model snapshot, which these versions do not keep.
            migrationBuilder.Sql($"ALTER TABLE \"{table}\" DROP COLUMN \"{column}\";");
        }
        else
        {
            migrationBuilder.DropColumn(name: column, table: table);
        }
    }
}
