using Formulate.Data.Entities;
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

    public static Letter Letter(
        string workedCase = "wc02", decimal? agreedWeekly = null, string? reason = null, string? letterReason = null, FormulateEngine? engine = null)
    {
        var snapshot = Snapshot(WorkedCaseDataAttribute.Load(workedCase).Profile, engine: engine);
        return LetterComposer.Compose(Record(snapshot, Approved(snapshot, agreedWeekly, reason, letterReason: letterReason)), Council, Date)
            .Letter.ShouldNotBeNull();
    }
}
