using Formulate.Engine.Quality;

namespace Formulate.Data.Entities;

/// <summary>
/// A quality-assurance warning of the estimate a budget was submitted with, as the practitioner saw it, and their
/// reason for going ahead despite it (required for an Important warning). Added with the submission, never changed.
/// </summary>
public sealed class SubmissionWarning
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid SubmissionId { get; init; }

    /// <summary>Where the warning stands among the estimate's quality statements, from 0; the order they were shown in.</summary>
    public int Position { get; init; }

    public required string RuleId { get; init; }

    public QaSeverity Severity { get; init; }

    /// <summary>The warning's text as it was shown when the budget was submitted.</summary>
    public required string Text { get; init; }

    /// <summary>Why the practitioner went ahead despite the warning; null when they gave none (allowed below Important).</summary>
    public string? PractitionerReason { get; init; }
}
