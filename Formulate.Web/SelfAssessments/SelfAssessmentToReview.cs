namespace Formulate.Web.SelfAssessments;

/// <summary>A submitted self-assessment on a practitioner's caseload.</summary>
public sealed record SelfAssessmentToReview(Guid Id, string Reference, Guid PersonId, string PersonName, DateTimeOffset SubmittedAt, int Answered, int Reviewed);
