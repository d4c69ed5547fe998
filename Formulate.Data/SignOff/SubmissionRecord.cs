using Formulate.Data.Entities;
using Formulate.Engine.Quality;

namespace Formulate.Data.SignOff;

/// <summary>A submission with the person it is for, every decision made on it (oldest first) and the warnings it was submitted with.</summary>
public sealed record SubmissionRecord
{
    public required BudgetSubmission Submission { get; init; }

    public required Person Person { get; init; }

    public required IReadOnlyList<SubmissionDecision> Decisions { get; init; }

    /// <summary>The estimate's warnings with the practitioner's reasons, in the order shown; none recorded before schema version 14.</summary>
    public IReadOnlyList<SubmissionWarning> Warnings { get; init; } = [];

    public int ImportantWarningCount => Warnings.Count(w => w.Severity == QaSeverity.Important);

    public decimal Difference => Submission.ProposedWeekly - Submission.EstimatedWeekly;

    public bool IsAwaitingDecision =>
        Submission.Status is SubmissionStatus.AwaitingApproval or SubmissionStatus.AwaitingSecondApproval;
}
