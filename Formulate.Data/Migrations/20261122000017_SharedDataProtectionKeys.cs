using Formulate.Data.Configuration;
using Formulate.Data.Entities;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Formulate.Data.Migrations;

/// <summary>
/// Schema version 17: a table for the Data Protection key ring, so that several instances of the app can share one
/// ring through the database (<c>Formulate:DataProtection:KeyStore</c> = <c>Database</c>). Each row is encrypted with a
/// key-encryption key kept outside the database. Empty until an installation chooses it; key directories stay as they are.
/// </summary>
[DbContext(typeof(FormulateDbContext))]
[Migration("20261122000017_SharedDataProtectionKeys")]
public sealed class SharedDataProtectionKeys : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: DataProtectionKeyRecordConfiguration.Table,
            columns: table => new
            {
                FriendlyName = table.Column<string>(maxLength: DataProtectionKeyRecord.FriendlyNameLength, nullable: false),
                EncryptedXml = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_DataProtectionKeys", k => k.FriendlyName));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: DataProtectionKeyRecordConfiguration.Table);
    }
}
