using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Formulate.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AccuracySamples",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CaseCount = table.Column<int>(type: "int", nullable: false),
                    Csv = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UploadedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccuracySamples", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ApiKeys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    KeyHash = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Prefix = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    EntityType = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    EntityId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    BeforeJson = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    AfterJson = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BenchmarkDatasets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Illustrative = table.Column<bool>(type: "bit", nullable: false),
                    CouncilCount = table.Column<int>(type: "int", nullable: false),
                    Json = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ImportedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BenchmarkDatasets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LookupKeys",
                columns: table => new
                {
                    Purpose = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ProtectedKey = table.Column<string>(type: "nvarchar(1500)", maxLength: 1500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LookupKeys", x => x.Purpose);
                });

            migrationBuilder.CreateTable(
                name: "ParameterSetVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    SetId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    SetVersion = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    Json = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    PublishedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParameterSetVersions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "People",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseReference = table.Column<string>(type: "nvarchar(1500)", maxLength: 1500, nullable: false),
                    GivenName = table.Column<string>(type: "nvarchar(1500)", maxLength: 1500, nullable: false),
                    FamilyName = table.Column<string>(type: "nvarchar(1500)", maxLength: 1500, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(1500)", maxLength: 1500, nullable: true),
                    PreferredName = table.Column<string>(type: "nvarchar(1500)", maxLength: 1500, nullable: true),
                    DateOfBirth = table.Column<string>(type: "nvarchar(1500)", maxLength: 1500, nullable: true),
                    AddressLine1 = table.Column<string>(type: "nvarchar(1500)", maxLength: 1500, nullable: true),
                    AddressLine2 = table.Column<string>(type: "nvarchar(1500)", maxLength: 1500, nullable: true),
                    Town = table.Column<string>(type: "nvarchar(1500)", maxLength: 1500, nullable: true),
                    Postcode = table.Column<string>(type: "nvarchar(1500)", maxLength: 1500, nullable: true),
                    Team = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    CaseReferenceHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_People", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "UserAccounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    DisplayName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    PasswordHash = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    SecurityStamp = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    MustChangePassword = table.Column<bool>(type: "bit", nullable: false),
                    FailedSignInCount = table.Column<int>(type: "int", nullable: false),
                    LockoutEndsAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    IsActive = table.Column<bool>(type: "bit", nullable: false),
                    Team = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserAccounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AccuracyReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AccuracySampleId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SampleName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    QuestionSetVersion = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    ModelVersion = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    ConfigurationVersion = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    TolerancePercent = table.Column<decimal>(type: "decimal(5,2)", precision: 5, scale: 2, nullable: false),
                    CaseCount = table.Column<int>(type: "int", nullable: false),
                    Pearson = table.Column<double>(type: "float", nullable: true),
                    BaselinePearson = table.Column<double>(type: "float", nullable: true),
                    Json = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccuracyReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AccuracyReports_AccuracySamples_AccuracySampleId",
                        column: x => x.AccuracySampleId,
                        principalTable: "AccuracySamples",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NeedsProfiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    AssessmentDate = table.Column<DateOnly>(type: "date", nullable: false),
                    QuestionSetVersion = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    AnswersJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CarriedForwardJson = table.Column<string>(type: "nvarchar(max)", nullable: false, defaultValue: "[]"),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NeedsProfiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NeedsProfiles_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SignInSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserAccountId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    EndReason = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true)
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

            migrationBuilder.CreateTable(
                name: "UserRoles",
                columns: table => new
                {
                    UserAccountId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Role = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
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
                name: "EstimateSnapshots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    NeedsProfileId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    QuestionSetVersion = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    ModelVersion = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    ConfigurationVersion = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    WeeklyEstimate = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    InputJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ResultJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    TraceJson = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EstimateSnapshots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EstimateSnapshots_NeedsProfiles_NeedsProfileId",
                        column: x => x.NeedsProfileId,
                        principalTable: "NeedsProfiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EstimateSnapshots_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BudgetSubmissions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    NeedsProfileId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EstimateSnapshotId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Team = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    AgeBand = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    EstimatedWeekly = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    ProposedWeekly = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    DifferenceReason = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    DifferenceNote = table.Column<string>(type: "nvarchar(max)", maxLength: 9000, nullable: true),
                    LetterReason = table.Column<string>(type: "nvarchar(max)", maxLength: 9000, nullable: true),
                    NeedsSecondApproval = table.Column<bool>(type: "bit", nullable: false),
                    SecondApprovalAboveWeekly = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    WarningsRecorded = table.Column<bool>(type: "bit", nullable: false, defaultValue: false),
                    Status = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SubmittedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ReviewDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetSubmissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BudgetSubmissions_EstimateSnapshots_EstimateSnapshotId",
                        column: x => x.EstimateSnapshotId,
                        principalTable: "EstimateSnapshots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BudgetSubmissions_NeedsProfiles_NeedsProfileId",
                        column: x => x.NeedsProfileId,
                        principalTable: "NeedsProfiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BudgetSubmissions_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EstimateFlags",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EstimateSnapshotId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    FlaggedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    FlaggedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EstimateFlags", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EstimateFlags_EstimateSnapshots_EstimateSnapshotId",
                        column: x => x.EstimateSnapshotId,
                        principalTable: "EstimateSnapshots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EstimateFlags_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SubmissionDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SubmissionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Stage = table.Column<int>(type: "int", nullable: false),
                    DecidedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Comments = table.Column<string>(type: "nvarchar(max)", maxLength: 9000, nullable: true),
                    Reply = table.Column<string>(type: "nvarchar(max)", maxLength: 9000, nullable: true),
                    RepliedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    RepliedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubmissionDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SubmissionDecisions_BudgetSubmissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalTable: "BudgetSubmissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SubmissionWarnings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SubmissionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    RuleId = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Severity = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    PractitionerReason = table.Column<string>(type: "nvarchar(max)", maxLength: 9000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubmissionWarnings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SubmissionWarnings_BudgetSubmissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalTable: "BudgetSubmissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccuracyReports_AccuracySampleId",
                table: "AccuracyReports",
                column: "AccuracySampleId");

            migrationBuilder.CreateIndex(
                name: "IX_AccuracyReports_CreatedAt",
                table: "AccuracyReports",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_AccuracySamples_UploadedAt",
                table: "AccuracySamples",
                column: "UploadedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ApiKeys_Prefix",
                table: "ApiKeys",
                column: "Prefix",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_OccurredAt",
                table: "AuditEntries",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_PersonId",
                table: "AuditEntries",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_UserName",
                table: "AuditEntries",
                column: "UserName");

            migrationBuilder.CreateIndex(
                name: "IX_BenchmarkDatasets_ImportedAt",
                table: "BenchmarkDatasets",
                column: "ImportedAt");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetSubmissions_EstimateSnapshotId",
                table: "BudgetSubmissions",
                column: "EstimateSnapshotId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetSubmissions_NeedsProfileId",
                table: "BudgetSubmissions",
                column: "NeedsProfileId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetSubmissions_PersonId",
                table: "BudgetSubmissions",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetSubmissions_Status",
                table: "BudgetSubmissions",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_EstimateFlags_EstimateSnapshotId",
                table: "EstimateFlags",
                column: "EstimateSnapshotId");

            migrationBuilder.CreateIndex(
                name: "IX_EstimateFlags_FlaggedAt",
                table: "EstimateFlags",
                column: "FlaggedAt");

            migrationBuilder.CreateIndex(
                name: "IX_EstimateFlags_PersonId",
                table: "EstimateFlags",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_EstimateSnapshots_NeedsProfileId",
                table: "EstimateSnapshots",
                column: "NeedsProfileId");

            migrationBuilder.CreateIndex(
                name: "IX_EstimateSnapshots_PersonId",
                table: "EstimateSnapshots",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_NeedsProfiles_PersonId",
                table: "NeedsProfiles",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ParameterSetVersions_Kind_SetId_SetVersion",
                table: "ParameterSetVersions",
                columns: new[] { "Kind", "SetId", "SetVersion" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ParameterSetVersions_Kind_Status",
                table: "ParameterSetVersions",
                columns: new[] { "Kind", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ParameterSetVersions_OneDraftPerKind",
                table: "ParameterSetVersions",
                column: "Kind",
                unique: true,
                filter: "\"Status\" = 'Draft'");

            migrationBuilder.CreateIndex(
                name: "IX_People_CaseReferenceHash",
                table: "People",
                column: "CaseReferenceHash",
                unique: true,
                filter: "[CaseReferenceHash] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_People_Team",
                table: "People",
                column: "Team");

            migrationBuilder.CreateIndex(
                name: "IX_SignInSessions_StartedAt",
                table: "SignInSessions",
                column: "StartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_SignInSessions_UserAccountId",
                table: "SignInSessions",
                column: "UserAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_SubmissionDecisions_SubmissionId",
                table: "SubmissionDecisions",
                column: "SubmissionId");

            migrationBuilder.CreateIndex(
                name: "IX_SubmissionWarnings_SubmissionId",
                table: "SubmissionWarnings",
                column: "SubmissionId");

            migrationBuilder.CreateIndex(
                name: "IX_UserAccounts_UserName",
                table: "UserAccounts",
                column: "UserName",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccuracyReports");

            migrationBuilder.DropTable(
                name: "ApiKeys");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "BenchmarkDatasets");

            migrationBuilder.DropTable(
                name: "EstimateFlags");

            migrationBuilder.DropTable(
                name: "LookupKeys");

            migrationBuilder.DropTable(
                name: "ParameterSetVersions");

            migrationBuilder.DropTable(
                name: "SignInSessions");

            migrationBuilder.DropTable(
                name: "SubmissionDecisions");

            migrationBuilder.DropTable(
                name: "SubmissionWarnings");

            migrationBuilder.DropTable(
                name: "UserRoles");

            migrationBuilder.DropTable(
                name: "AccuracySamples");

            migrationBuilder.DropTable(
                name: "BudgetSubmissions");

            migrationBuilder.DropTable(
                name: "UserAccounts");

            migrationBuilder.DropTable(
                name: "EstimateSnapshots");

            migrationBuilder.DropTable(
                name: "NeedsProfiles");

            migrationBuilder.DropTable(
                name: "People");
        }
    }
}
