namespace Formulate.Web.SelfAssessments;

/// <summary>An invitation as the practitioner sees it once: the link holds the single-use code.</summary>
/// <param name="NotSent">Why a link asked to be e-mailed or texted was not, each as the practitioner reads it.</param>
public sealed record CreatedInvitation(string Reference, string Link, DateTimeOffset ExpiresAt, bool Emailed, bool Texted, IReadOnlyList<string> NotSent);
