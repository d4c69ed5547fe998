using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Formulate.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SelfAssessmentIndicativeFigure : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ArrangesOwnCare",
                table: "SelfAssessments",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IndicativeConfigurationVersion",
                table: "SelfAssessments",
                type: "TEXT",
                maxLength: 150,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IndicativeModelVersion",
                table: "SelfAssessments",
                type: "TEXT",
                maxLength: 150,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "IndicativeWeekly",
                table: "SelfAssessments",
                type: "TEXT",
                precision: 18,
                scale: 2,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ArrangesOwnCare",
                table: "SelfAssessments");

            migrationBuilder.DropColumn(
                name: "IndicativeConfigurationVersion",
                table: "SelfAssessments");

            migrationBuilder.DropColumn(
                name: "IndicativeModelVersion",
                table: "SelfAssessments");

            migrationBuilder.DropColumn(
                name: "IndicativeWeekly",
                table: "SelfAssessments");
        }
    }
}
