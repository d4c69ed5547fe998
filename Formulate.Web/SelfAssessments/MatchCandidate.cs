namespace Formulate.Web.SelfAssessments;

/// <summary>A person a request may be about, with just enough to tell them apart.</summary>
public sealed record MatchCandidate(Guid PersonId, string Name, DateOnly? DateOfBirth, string? Postcode, string CaseReference, string Team);
