using Formulate.Data.Entities;
using Formulate.Data.SelfAssessments;
using Formulate.Engine;
using Formulate.Engine.Defaults;
using Formulate.Engine.Estimation;
using Formulate.Engine.Parameters;
using Formulate.Tests.Data.Builders;
using Formulate.Tests.Engine;
using Formulate.Web.Letters;
using Formulate.Web.People;
using Formulate.Web.Profiles;

namespace Formulate.Tests.Web.Letters.Support;

/// <summary>Letters made from worked cases, as a saved estimate and the budget a manager approved from it would make them.</summary>
internal static class LetterExamples
{
    public static DateOnly Date { get; } = new(2026, 11, 22);

    /// <summary>When the examples' budgets were approved, two days before the letter.</summary>
    public static DateOnly ApprovedOn { get; } = new(2026, 11, 20);

    public static CouncilDetails Council => DefaultDefinitions.Definition.Configuration.Council!;

    public static EstimateResult Result(string workedCase) =>
        EngineFixtures.Shipped.Estimate(WorkedCaseDataAttribute.Load(workedCase).Profile).Result.ShouldNotBeNull();

    public static EstimateSnapshot Snapshot(string workedCase) => Snapshot(WorkedCaseDataAttribute.Load(workedCase).Profile);

    /// <summary>The estimate of a profile, saved as the result page saves it, a day before the budget was approved.</summary>
    public static EstimateSnapshot Snapshot(
        Formulate.Engine.Profiles.NeedsProfile profile, DateTimeOffset? createdAt = null, Guid? needsProfileId = null, FormulateEngine? engine = null) =>
        EstimateSnapshots.From(profile, (engine ?? EngineFixtures.Shipped).Estimate(profile).Result.ShouldNotBeNull())
            .ToSnapshot(needsProfileId ?? Guid.NewGuid(), Guid.Empty, createdAt ?? new DateTimeOffset(2026, 11, 19, 10, 0, 0, TimeSpan.Zero), "test.practitioner");

    /// <summary>A budget finally approved from the snapshot: the estimate itself unless another amount is given.</summary>
    public static BudgetSubmission Approved(
        EstimateSnapshot agreedFrom, decimal? agreedWeekly = null, string? reason = null, string? note = null, string? letterReason = null) => new()
    {
        NeedsProfileId = agreedFrom.NeedsProfileId,
        PersonId = agreedFrom.PersonId,
        EstimateSnapshotId = agreedFrom.Id,
        Team = "North Locality Team",
        EstimatedWeekly = agreedFrom.WeeklyEstimate,
        ProposedWeekly = agreedWeekly ?? agreedFrom.WeeklyEstimate,
        DifferenceReason = agreedWeekly is null ? null : reason ?? "Other",
        DifferenceNote = agreedWeekly is null ? null : note ?? "Practitioner's note for the manager.",
        LetterReason = letterReason,
        Status = SubmissionStatus.Approved,
        SubmittedAt = new DateTimeOffset(2026, 11, 19, 12, 0, 0, TimeSpan.Zero),
        SubmittedBy = "test.practitioner",
        StartDate = ApprovedOn,
    };

    /// <summary>A person whose only estimate is the snapshot, with the budget approved from it.</summary>
    public static PersonRecord Record(EstimateSnapshot agreedFrom, BudgetSubmission approved, Person? person = null) => new()
    {
        Person = person ?? new PersonBuilder().Build(),
        Profiles = [],
        Estimates = [agreedFrom],
        Agreed = [approved],
    };

    /// <summary>
    /// A self-assessment checked into the profile <paramref name="agreedFrom"/> was worked out from: each answer as the
    /// person gave it and as the practitioner then put it in the profile.
    /// </summary>
    public static SelfAssessmentAnswersUsed SelfAssessment(
        EstimateSnapshot agreedFrom, string? helperRelationship, params (string QuestionId, string PersonAnswer, string PractitionerAnswer)[] answers)
    {
        var selfAssessmentId = Guid.NewGuid();
        return new SelfAssessmentAnswersUsed(agreedFrom.NeedsProfileId, selfAssessmentId, helperRelationship,
        [
            .. answers.Select(answer => new SelfAssessmentReview
            {
                SelfAssessmentId = selfAssessmentId,
                ProfileId = agreedFrom.NeedsProfileId,
                QuestionId = answer.QuestionId,
                PersonAnswer = answer.PersonAnswer,
                PractitionerAnswer = answer.PractitionerAnswer,
                ReviewedBy = "test.practitioner",
                ReviewedAt = new DateTimeOffset(2026, 11, 18, 10, 0, 0, TimeSpan.Zero),
            }),
        ]);
    }

    /// <summary>The letter of worked case wc02 whose profile took answers from a self-assessment.</summary>
    public static Letter LetterWithSelfAssessment(string? helperRelationship, params (string QuestionId, string PersonAnswer, string PractitionerAnswer)[] answers)
    {
        var snapshot = Snapshot("wc02");
        var record = Record(snapshot, Approved(snapshot)) with { SelfAssessmentAnswers = [SelfAssessment(snapshot, helperRelationship, answers)] };
        return LetterComposer.Compose(record, Council, Date, DefaultDefinitions.Definition.Questions).Letter.ShouldNotBeNull();
    }

    public static Letter Letter(
        string workedCase = "wc02", decimal? agreedWeekly = null, string? reason = null, string? letterReason = null, FormulateEngine? engine = null)
    {
        var snapshot = Snapshot(WorkedCaseDataAttribute.Load(workedCase).Profile, engine: engine);
        return LetterComposer.Compose(Record(snapshot, Approved(snapshot, agreedWeekly, reason, letterReason: letterReason)), Council, Date)
            .Letter.ShouldNotBeNull();
    }
}
