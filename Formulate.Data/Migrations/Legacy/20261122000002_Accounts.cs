using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Formulate.Data.Migrations.Legacy;

/// <summary>Schema version 2: user accounts, their roles, and API keys.</summary>
[DbContext(typeof(LegacySchemaContext))]
[Migration("20261122000002_Accounts")]
public sealed class Accounts : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);

        migrationBuilder.CreateTable(
            name: "UserAccounts",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                UserName = table.Column<string>(maxLength: 256, nullable: false),
                DisplayName = table.Column<string>(maxLength: 200, nullable: false),
                PasswordHash = table.Column<string>(nullable: true),
                FailedSignInCount = table.Column<int>(nullable: false),
                LockoutEndsAt = table.Column<DateTime>(nullable: true),
                IsActive = table.Column<bool>(nullable: false),
                Team = table.Column<string>(maxLength: 100, nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_UserAccounts", x => x.Id));

        migrationBuilder.CreateIndex(name: "IX_UserAccounts_UserName", table: "UserAccounts", column: "UserName", unique: true);

        migrationBuilder.CreateTable(
            name: "UserRoles",
            columns: table => new
            {
                UserAccountId = table.Column<Guid>(nullable: false),
                Role = table.Column<string>(maxLength: 40, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_UserRoles", x => new { x.UserAccountId, x.Role });
                table.ForeignKey(
                    name: "FK_UserRoles_UserAccounts_UserAccountId",
                    column: x => x.UserAccountId,
                    principalTable: "UserAccounts",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ApiKeys",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                KeyHash = table.Column<string>(maxLength: 200, nullable: false),
                Prefix = table.Column<string>(maxLength: 20, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                CreatedBy = table.Column<string>(maxLength: 256, nullable: false),
                RevokedAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_ApiKeys", x => x.Id));

        migrationBuilder.CreateIndex(name: "IX_ApiKeys_Prefix", table: "ApiKeys", column: "Prefix", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: "ApiKeys");
        migrationBuilder.DropTable(name: "UserRoles");
        migrationBuilder.DropTable(name: "UserAccounts");
    }
}
