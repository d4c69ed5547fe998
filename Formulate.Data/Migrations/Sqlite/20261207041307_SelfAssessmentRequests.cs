using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Formulate.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SelfAssessmentRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ContactMobile",
                table: "SelfAssessments",
                type: "TEXT",
                maxLength: 1500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InvitationSentBy",
                table: "SelfAssessments",
                type: "TEXT",
                maxLength: 20,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ContactMobile",
                table: "SelfAssessments");

            migrationBuilder.DropColumn(
                name: "InvitationSentBy",
                table: "SelfAssessments");
        }
    }
}
