using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Formulate.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SelfAssessments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SelfAssessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    QuestionSetVersion = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    InvitationCodeHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    InvitationExpiresAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Voice = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    HelperRelationship = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    HelperName = table.Column<string>(type: "nvarchar(1500)", maxLength: 1500, nullable: true),
                    ContactEmail = table.Column<string>(type: "nvarchar(1500)", maxLength: 1500, nullable: true),
                    PersonAnswersJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ReturnCodeHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ReturnCodeExpiresAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    FailedAttempts = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SelfAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SelfAssessments_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SelfAssessmentReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SelfAssessmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProfileId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    QuestionId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    PersonAnswer = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    PractitionerAnswer = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ReviewedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    ReviewedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SelfAssessmentReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SelfAssessmentReviews_NeedsProfiles_ProfileId",
                        column: x => x.ProfileId,
                        principalTable: "NeedsProfiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SelfAssessmentReviews_SelfAssessments_SelfAssessmentId",
                        column: x => x.SelfAssessmentId,
                        principalTable: "SelfAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SelfAssessmentReviews_ProfileId",
                table: "SelfAssessmentReviews",
                column: "ProfileId");

            migrationBuilder.CreateIndex(
                name: "IX_SelfAssessmentReviews_SelfAssessmentId_QuestionId",
                table: "SelfAssessmentReviews",
                columns: new[] { "SelfAssessmentId", "QuestionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SelfAssessments_InvitationCodeHash",
                table: "SelfAssessments",
                column: "InvitationCodeHash");

            migrationBuilder.CreateIndex(
                name: "IX_SelfAssessments_PersonId",
                table: "SelfAssessments",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_SelfAssessments_Reference",
                table: "SelfAssessments",
                column: "Reference",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SelfAssessmentReviews");

            migrationBuilder.DropTable(
                name: "SelfAssessments");
        }
    }
}
