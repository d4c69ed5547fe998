namespace Formulate.Data.SelfAssessments;

/// <summary>How the self-assessment is being answered, chosen as it starts.</summary>
/// <param name="Voice">"you" or "they".</param>
/// <param name="HelperRelationship">How the helper is related to the person; null when the person answers.</param>
/// <param name="ContactEmail">Where to e-mail a code to come back; null when only a mobile number was given.</param>
/// <param name="ContactMobile">A UK mobile number (+447...) to text a code to; null when only an e-mail address was given.</param>
public sealed record StartedSelfAssessment(string Voice, string? HelperRelationship, string? HelperName, string? ContactEmail, string? ContactMobile = null);
