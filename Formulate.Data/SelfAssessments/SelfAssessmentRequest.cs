namespace Formulate.Data.SelfAssessments;

/// <summary>What someone asking for a self-assessment without an invitation gives: who the person is, and how it is answered.</summary>
public sealed record SelfAssessmentRequest(string FullName, DateOnly DateOfBirth, string Postcode, StartedSelfAssessment How);
