using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Formulate.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SharedKeysAndExternalAccounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ExternalId",
                table: "UserAccounts",
                type: "TEXT",
                maxLength: 512,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    FriendlyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EncryptedXml = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.FriendlyName);
                });

            migrationBuilder.CreateIndex(
                name: "IX_UserAccounts_ExternalId",
                table: "UserAccounts",
                column: "ExternalId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropIndex(
                name: "IX_UserAccounts_ExternalId",
                table: "UserAccounts");

            migrationBuilder.DropColumn(
                name: "ExternalId",
                table: "UserAccounts");
        }
    }
}
