using Formulate.Data.Protection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Formulate.Data.Migrations.Legacy;

/// <summary>
/// Schema version 13: a person's title, preferred name and date of birth, all optional and stored protected like the
/// rest of their details, so that a letter can greet them as they wish to be greeted.
/// </summary>
[DbContext(typeof(LegacySchemaContext))]
[Migration("20261122000013_PersonTitleAndBirthDate")]
public sealed class PersonTitleAndBirthDate : Migration
{
    private static readonly string[] Columns = ["Title", "PreferredName", "DateOfBirth"];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var column in Columns)
        {
            migrationBuilder.AddColumn<string>(name: column, table: "People", maxLength: PersonalData.StoredLength, nullable: true);
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var column in Columns)
        {
            if (migrationBuilder.IsSqlite())
            {
                // EF rebuilds a SQLite table to drop a column only from a model snapshot, which these versions do not keep.
                migrationBuilder.Sql($"ALTER TABLE \"People\" DROP COLUMN \"{column}\";");
            }
            else
            {
                migrationBuilder.DropColumn(name: column, table: "People");
            }
        }
    }
}
