using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Formulate.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class SelfAssessmentOpenRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<Guid>(
                name: "PersonId",
                table: "SelfAssessments",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

            migrationBuilder.AddColumn<string>(
                name: "AssignedTo",
                table: "SelfAssessments",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RequestDateOfBirth",
                table: "SelfAssessments",
                type: "character varying(1500)",
                maxLength: 1500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RequestName",
                table: "SelfAssessments",
                type: "character varying(1500)",
                maxLength: 1500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RequestPostcode",
                table: "SelfAssessments",
                type: "character varying(1500)",
                maxLength: 1500,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AssignedTo",
                table: "SelfAssessments");

            migrationBuilder.DropColumn(
                name: "RequestDateOfBirth",
                table: "SelfAssessments");

            migrationBuilder.DropColumn(
                name: "RequestName",
                table: "SelfAssessments");

            migrationBuilder.DropColumn(
                name: "RequestPostcode",
                table: "SelfAssessments");

            migrationBuilder.AlterColumn<Guid>(
                name: "PersonId",
                table: "SelfAssessments",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);
        }
    }
}
