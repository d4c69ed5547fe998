using Formulate.Data.Entities;

namespace Formulate.Data.SignOff;

/// <summary>A submission with the person it is for and every decision made on it, oldest first.</summary>
public sealed record SubmissionRecord
{
    public required BudgetSubmission Submission { get; init; }

    public required Person Person { get; init; }

    public required IReadOnlyList<SubmissionDecision> Decisions { get; init; }

    public decimal Difference => Submission.ProposedWeekly - Submission.EstimatedWeekly;

    public bool IsAwaitingDecision =>
        Submission.Status is SubmissionStatus.AwaitingApproval or SubmissionStatus.AwaitingSecondApproval;
}
