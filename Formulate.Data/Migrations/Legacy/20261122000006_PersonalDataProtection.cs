using Formulate.Data.Protection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Formulate.Data.Migrations.Legacy;

/// <summary>
/// Schema version 6: people's names and addresses are stored protected by ASP.NET Core Data
/// Protection, which is longer than the text typed, so their columns are widened. The rows
/// already stored are protected at start-up, straight after this version is applied
/// (<see cref="PersonalDataBackfill"/>): the keys live with the app, never in the database.
/// </summary>
[DbContext(typeof(LegacySchemaContext))]
[Migration("20261122000006_PersonalDataProtection")]
public sealed class PersonalDataProtection : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        if (migrationBuilder.IsSqlite())
        {
            // SQLite's TEXT has no length to widen.
            return;
        }

        Widen(migrationBuilder, "GivenName", 100, nullable: false);
        Widen(migrationBuilder, "FamilyName", 100, nullable: false);
        Widen(migrationBuilder, "AddressLine1", 200, nullable: true);
        Widen(migrationBuilder, "AddressLine2", 200, nullable: true);
        Widen(migrationBuilder, "Town", 100, nullable: true);
        Widen(migrationBuilder, "Postcode", 10, nullable: true);
    }

    private static void Widen(MigrationBuilder migrationBuilder, string column, int oldLength, bool nullable) =>
        migrationBuilder.AlterColumn<string>(
            name: column,
            table: "People",
            maxLength: PersonalData.StoredLength,
            nullable: nullable,
            oldClrType: typeof(string),
            oldMaxLength: oldLength,
            oldNullable: nullable);
}
