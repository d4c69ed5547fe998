using Formulate.Data.Configuration;
using Formulate.Data.Entities;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Formulate.Data.Migrations.Legacy;

/// <summary>
/// Schema version 10: each sign-in is a session kept here, which its cookie names. Signing out, a new password, the
/// account's deactivation and the limit on one sign-in end it, so that a copy of the cookie ends with it. Sessions begun
/// before this version have none and end at their next request.
/// </summary>
[DbContext(typeof(LegacySchemaContext))]
[Migration("20261122000010_SignInSessions")]
public sealed class SignInSessions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "SignInSessions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                UserAccountId = table.Column<Guid>(nullable: true),
                UserName = table.Column<string>(maxLength: SignInSession.UserNameLength, nullable: false),
                StartedAt = table.Column<DateTime>(nullable: false),
                EndedAt = table.Column<DateTime>(nullable: true),
                EndReason = table.Column<string>(maxLength: SignInSessionConfiguration.EndReasonLength, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SignInSessions", x => x.Id);
                table.ForeignKey(
                    name: "FK_SignInSessions_UserAccounts_UserAccountId",
                    column: x => x.UserAccountId,
                    principalTable: "UserAccounts",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.SetNull);
            });

        migrationBuilder.CreateIndex(name: "IX_SignInSessions_UserAccountId", table: "SignInSessions", column: "UserAccountId");
        migrationBuilder.CreateIndex(name: "IX_SignInSessions_StartedAt", table: "SignInSessions", column: "StartedAt");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: "SignInSessions");
    }
}
