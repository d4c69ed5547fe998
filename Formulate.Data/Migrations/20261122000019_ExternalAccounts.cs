using Formulate.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Formulate.Data.Migrations;

/// <summary>
/// Schema version 19: an account made when someone first signs in through the council's identity provider records who
/// the provider says they are (issuer and subject, or for Microsoft Entra ID the tenant and object ids), unique, so that
/// their next sign-in finds the same account whatever their user name has become. Formulate's own accounts have none.
/// </summary>
[DbContext(typeof(FormulateDbContext))]
[Migration("20261122000019_ExternalAccounts")]
public sealed class ExternalAccounts : Migration
{
    private const string Table = "UserAccounts";

    private const string Index = "IX_UserAccounts_ExternalId";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.AddColumn<string>(name: nameof(UserAccount.ExternalId), table: Table, maxLength: UserAccount.ExternalIdLength, nullable: true);
        // Both providers let many rows have no value under a unique index.
        migrationBuilder.CreateIndex(name: Index, table: Table, column: nameof(UserAccount.ExternalId), unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropIndex(name: Index, table: Table);
        if (migrationBuilder.IsSqlite())
        {
            // EF rebuilds a SQLite table to drop a column only from a model snapshot, which these versions do not keep.
            migrationBuilder.Sql($"ALTER TABLE \"{Table}\" DROP COLUMN \"{nameof(UserAccount.ExternalId)}\";");
        }
        else
        {
            migrationBuilder.DropColumn(name: nameof(UserAccount.ExternalId), table: Table);
        }
    }
}
