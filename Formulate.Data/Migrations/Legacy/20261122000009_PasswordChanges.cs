using Formulate.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Formulate.Data.Migrations.Legacy;

/// <summary>
/// Schema version 9: each account has a security stamp, which a new password renews so that every other session of the
/// account ends, and records whether its password was given by an administrator and must be changed. Accounts already
/// stored get a stamp of their own; whether their passwords were given to them is not known, so they are not asked.
/// </summary>
[DbContext(typeof(LegacySchemaContext))]
[Migration("20261122000009_PasswordChanges")]
public sealed class PasswordChanges : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.AddColumn<string>(
            name: nameof(UserAccount.SecurityStamp),
            table: "UserAccounts",
            maxLength: UserAccount.SecurityStampLength,
            nullable: false,
            defaultValue: "");
        migrationBuilder.AddColumn<bool>(
            name: nameof(UserAccount.MustChangePassword),
            table: "UserAccounts",
            nullable: false,
            defaultValue: false);

        if (migrationBuilder.IsSqlite())
        {
            migrationBuilder.Sql("UPDATE \"UserAccounts\" SET \"SecurityStamp\" = lower(hex(randomblob(16)));");
            return;
        }

        migrationBuilder.Sql("UPDATE \"UserAccounts\" SET \"SecurityStamp\" = replace(gen_random_uuid()::text, '-', '');");
        // The defaults only filled the rows already there; Formulate always writes both values itself.
        migrationBuilder.Sql("ALTER TABLE \"UserAccounts\" ALTER COLUMN \"SecurityStamp\" DROP DEFAULT, ALTER COLUMN \"MustChangePassword\" DROP DEFAULT;");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        if (migrationBuilder.IsSqlite())
        {
            // EF rebuilds a SQLite table to drop a column only from a model snapshot, which these versions do not keep;
            // SQLite drops a plain column itself.
            migrationBuilder.Sql("ALTER TABLE \"UserAccounts\" DROP COLUMN \"SecurityStamp\";");
            migrationBuilder.Sql("ALTER TABLE \"UserAccounts\" DROP COLUMN \"MustChangePassword\";");
            return;
        }

        migrationBuilder.DropColumn(name: nameof(UserAccount.SecurityStamp), table: "UserAccounts");
        migrationBuilder.DropColumn(name: nameof(UserAccount.MustChangePassword), table: "UserAccounts");
    }
}
