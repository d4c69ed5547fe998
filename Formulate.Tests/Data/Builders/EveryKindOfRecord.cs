using Formulate.Data;
using Formulate.Data.Entities;
using Formulate.Engine.Parameters;
using Formulate.Engine.Quality;
using Microsoft.EntityFrameworkCore;

namespace Formulate.Tests.Data.Builders;

/// <summary>At least one record in every table, with every optional column filled: what a database in use holds.</summary>
internal static class EveryKindOfRecord
{
    public static async Task AddAsync(FormulateDbContext context, DateTimeOffset now)
    {
        var person = new PersonBuilder().WithCaseReference("LEGACY-0001").Build();
        person.Title = "Mx";
        person.PreferredName = "Sam";
        person.DateOfBirth = new DateOnly(1950, 3, 4);
        person.AddressLine1 = "1 High Street";
        person.AddressLine2 = "Flat 2";
        person.Town = "Exampleton";
        person.Postcode = "EX1 2MP";
        var profile = new NeedsProfileBuilder().ForPerson(person).WithAnswer("mobility", "needs-help-of-two").WithStatus(NeedsProfileStatus.Approved).Build();
        var snapshot = new EstimateSnapshotBuilder().ForProfile(profile).WithWeeklyEstimate(456.78m).WithWarnings(Warnings.YoungCarer).Build();
        var submission = new BudgetSubmission
        {
            NeedsProfileId = profile.Id,
            PersonId = person.Id,
            EstimateSnapshotId = snapshot.Id,
            Team = person.Team,
            AgeBand = "65+",
            EstimatedWeekly = 456.78m,
            ProposedWeekly = 500.01m,
            DifferenceReason = "other",
            DifferenceNote = "Needs a second carer at night.",
            LetterReason = "Your night care is included.",
            NeedsSecondApproval = true,
            SecondApprovalAboveWeekly = 450m,
            WarningsRecorded = true,
            Status = SubmissionStatus.Approved,
            SubmittedAt = now,
            SubmittedBy = "legacy.practitioner",
            StartDate = new DateOnly(2026, 12, 1),
            ReviewDate = new DateOnly(2027, 12, 1),
        };
        var warning = new SubmissionWarning
        {
            SubmissionId = submission.Id,
            Position = 1,
            RuleId = Warnings.YoungCarer.Code,
            Severity = QaSeverity.Important,
            Text = Warnings.YoungCarer.Message,
            PractitionerReason = "Carer's assessment booked.",
        };
        var returned = new SubmissionDecision
        {
            SubmissionId = submission.Id,
            Outcome = DecisionOutcome.Returned,
            Stage = 1,
            DecidedBy = "legacy.manager",
            DecidedAt = now.AddMinutes(1),
            Comments = "Please explain the night care.",
            Reply = "Explained in the note.",
            RepliedBy = "legacy.practitioner",
            RepliedAt = now.AddMinutes(2),
        };
        var account = new UserAccount
        {
            UserName = "legacy.manager",
            DisplayName = "Legacy Manager",
            PasswordHash = "hash",
            MustChangePassword = true,
            FailedSignInCount = 2,
            LockoutEndsAt = now.AddHours(1),
            Team = person.Team,
        };
        account.Roles.Add(new UserRole { UserAccountId = account.Id, Role = Role.TeamManager });
        var session = new SignInSession { UserAccountId = account.Id, UserName = account.UserName, StartedAt = now };
        session.End(SessionEnd.SignedOut, now.AddMinutes(30));
        var sample = new AccuracySample { Name = "Legacy sample", CaseCount = 1, Csv = "id,planned\n1,100.00\n", UploadedAt = now, UploadedBy = "legacy.analyst" };

        context.AddRange(person, profile, snapshot, submission, warning, returned, account, session, sample);
        context.Add(new ApiKey { Name = "Legacy key", KeyHash = "key-hash", Prefix = "fk_legacy", CreatedAt = now, CreatedBy = "legacy.manager", RevokedAt = now.AddDays(1) });
        context.Add(new AccuracyReportRecord
        {
            AccuracySampleId = sample.Id,
            SampleName = sample.Name,
            QuestionSetVersion = "2025.1",
            ModelVersion = "model-1",
            ConfigurationVersion = "config-1",
            TolerancePercent = 10m,
            CaseCount = 1,
            Pearson = 0.95,
            BaselinePearson = 0.4,
            Json = "{}",
            CreatedAt = now,
            CreatedBy = "legacy.analyst",
        });
        context.Add(new EstimateFlag { EstimateSnapshotId = snapshot.Id, PersonId = person.Id, Reason = "Looks high", FlaggedAt = now, FlaggedBy = "legacy.manager" });
        context.Add(new BenchmarkDatasetRecord { Title = "Legacy benchmarks", Illustrative = true, CouncilCount = 3, Json = "{}", ImportedAt = now, ImportedBy = "legacy.analyst" });
        context.Add(new ParameterSetVersion
        {
            Kind = ParameterSetKind.Configuration,
            SetId = "legacy-council",
            SetVersion = "2026.9",
            Status = ParameterVersionStatus.Draft,
            Json = "{}",
            Note = "Left in draft",
            CreatedAt = now,
            CreatedBy = "legacy.officer",
            UpdatedAt = now.AddMinutes(5),
            UpdatedBy = "legacy.officer",
        });
        await context.AuditAs("legacy.practitioner", "Records of an earlier release").SaveChangesAsync();
    }

    /// <summary>Every row of every table, as JSON text per row, for comparing what a database holds before and after a change.</summary>
    /// <param name="except">Tables to leave out, such as those a database made by an earlier version does not have.</param>
    public static async Task<Dictionary<string, List<string>>> ReadAllAsync(FormulateDbContext context, IReadOnlyCollection<string>? except = null)
    {
        var rows = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var entityType in context.Model.GetEntityTypes().Where(type => !type.IsOwned() && except?.Contains(type.GetTableName()!) != true))
        {
            var set = (IQueryable<object>)typeof(EveryKindOfRecord).GetMethod(nameof(RowsOf), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                .MakeGenericMethod(entityType.ClrType)
                .Invoke(null, [context])!;
            rows[entityType.GetTableName()!] = [.. (await set.ToListAsync()).Select(row => System.Text.Json.JsonSerializer.Serialize(row, row.GetType())).Order(StringComparer.Ordinal)];
        }

        return rows;
    }

    private static IQueryable<object> RowsOf<T>(FormulateDbContext context)
        where T : class => context.Set<T>().AsNoTracking();
}
