using Formulate.Data.Entities;

namespace Formulate.Data.SelfAssessments;

/// <summary>The answers one self-assessment gave a Needs Profile, as the practitioner checked them, and who gave them.</summary>
/// <param name="HelperRelationship">How the helper who answered knows the person; null when the person answered.</param>
public sealed record SelfAssessmentAnswersUsed(Guid ProfileId, Guid SelfAssessmentId, string? HelperRelationship, IReadOnlyList<SelfAssessmentReview> Reviews);
