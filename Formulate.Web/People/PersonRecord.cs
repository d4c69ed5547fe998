namespace Formulate.Web.People;

/// <summary>A person with their Needs Profiles and saved estimates, newest first, and the budgets agreed for them, oldest first.</summary>
public sealed record PersonRecord
{
    public required Data.Entities.Person Person { get; init; }

    public required IReadOnlyList<Data.Entities.NeedsProfile> Profiles { get; init; }

    public required IReadOnlyList<Data.Entities.EstimateSnapshot> Estimates { get; init; }

    public required IReadOnlyList<Data.Entities.BudgetSubmission> Agreed { get; init; }

    /// <summary>Every submission for sign-off, oldest first, with its decisions and the replies to them.</summary>
    public IReadOnlyList<Data.SignOff.SubmissionRecord> Submissions { get; init; } = [];

    /// <summary>The self-assessment answers checked into the agreed budgets' profiles; read only for letters.</summary>
    public IReadOnlyList<Data.SelfAssessments.SelfAssessmentAnswersUsed> SelfAssessmentAnswers { get; init; } = [];
}
