using Formulate.Data.Configuration;
using Formulate.Data.Protection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Formulate.Data.Migrations;

/// <summary>
/// Schema version 18: self-assessments (the person's own answers, the helper's name and the contact e-mail stored
/// protected; invitation and return codes stored hashed) and a practitioner's review of each answer, with the person's
/// answer and the practitioner's side by side.
/// </summary>
[DbContext(typeof(FormulateDbContext))]
[Migration("20261122000018_SelfAssessments")]
public sealed class SelfAssessments : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "SelfAssessments",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Reference = table.Column<string>(maxLength: SelfAssessmentConfiguration.ReferenceLength, nullable: false),
                PersonId = table.Column<Guid>(nullable: false),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                QuestionSetVersion = table.Column<string>(maxLength: 50, nullable: false),
                InvitationCodeHash = table.Column<string>(maxLength: 64, nullable: false),
                InvitationExpiresAt = table.Column<DateTime>(nullable: false),
                Voice = table.Column<string>(maxLength: 10, nullable: true),
                HelperRelationship = table.Column<string>(maxLength: 30, nullable: true),
                HelperName = table.Column<string>(maxLength: PersonalData.StoredLength, nullable: true),
                ContactEmail = table.Column<string>(maxLength: PersonalData.StoredLength, nullable: true),
                PersonAnswersJson = table.Column<string>(nullable: false),
                ReturnCodeHash = table.Column<string>(maxLength: 64, nullable: true),
                ReturnCodeExpiresAt = table.Column<DateTime>(nullable: true),
                FailedAttempts = table.Column<int>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                CreatedBy = table.Column<string>(maxLength: 256, nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                SubmittedAt = table.Column<DateTime>(nullable: true),
                Version = table.Column<int>(nullable: false),
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
        migrationBuilder.CreateIndex(name: "IX_SelfAssessments_Reference", table: "SelfAssessments", column: "Reference", unique: true);
        migrationBuilder.CreateIndex(name: "IX_SelfAssessments_InvitationCodeHash", table: "SelfAssessments", column: "InvitationCodeHash");
        migrationBuilder.CreateIndex(name: "IX_SelfAssessments_PersonId", table: "SelfAssessments", column: "PersonId");

        migrationBuilder.CreateTable(
            name: "SelfAssessmentReviews",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                SelfAssessmentId = table.Column<Guid>(nullable: false),
                ProfileId = table.Column<Guid>(nullable: false),
                QuestionId = table.Column<string>(maxLength: 100, nullable: false),
                PersonAnswer = table.Column<string>(maxLength: 100, nullable: false),
                PractitionerAnswer = table.Column<string>(maxLength: 100, nullable: false),
                ReviewedBy = table.Column<string>(maxLength: 256, nullable: false),
                ReviewedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SelfAssessmentReviews", x => x.Id);
                table.ForeignKey(
                    name: "FK_SelfAssessmentReviews_SelfAssessments_SelfAssessmentId",
                    column: x => x.SelfAssessmentId,
                    principalTable: "SelfAssessments",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_SelfAssessmentReviews_NeedsProfiles_ProfileId",
                    column: x => x.ProfileId,
                    principalTable: "NeedsProfiles",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(
            name: "IX_SelfAssessmentReviews_SelfAssessmentId_QuestionId", table: "SelfAssessmentReviews",
            columns: ["SelfAssessmentId", "QuestionId"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_SelfAssessmentReviews_ProfileId", table: "SelfAssessmentReviews", column: "ProfileId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: "SelfAssessmentReviews");
        migrationBuilder.DropTable(name: "SelfAssessments");
    }
}
