namespace Formulate.Web.SelfAssessments;

/// <summary>An invitation as the practitioner sees it once: the link holds the single-use code.</summary>
public sealed record CreatedInvitation(string Reference, string Link, DateTimeOffset ExpiresAt, bool Emailed);
