namespace Formulate.Web.SelfAssessments;

/// <summary>A sent self-assessment request with no person yet, as staff who match it see it: who asked, never the answers.</summary>
public sealed record RequestToMatch(
    Guid Id, string Reference, string Name, DateOnly DateOfBirth, string Postcode, DateTimeOffset SubmittedAt,
    string? HelperName, string? HelperRelationship, string? ContactEmail, string? ContactMobile);
