namespace Formulate.Data.Entities;

/// <summary>
/// A practitioner's decision on one of the person's self-assessment answers: accepted as it is, or changed. Both answers
/// are kept side by side, and the Needs Profile is changed in the same save. Added once per question, never changed.
/// </summary>
public sealed class SelfAssessmentReview
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid SelfAssessmentId { get; init; }

    public Guid ProfileId { get; init; }

    public required string QuestionId { get; init; }

    public required string PersonAnswer { get; init; }

    public required string PractitionerAnswer { get; init; }

    public bool Accepted => PersonAnswer == PractitionerAnswer;

    public required string ReviewedBy { get; init; }

    public DateTimeOffset ReviewedAt { get; init; }
}
