namespace Formulate.Data.SelfAssessments;

/// <summary>How the self-assessment is being answered, chosen as it starts.</summary>
/// <param name="Voice">"you" or "they".</param>
/// <param name="HelperRelationship">How the helper is related to the person; null when the person answers.</param>
public sealed record StartedSelfAssessment(string Voice, string? HelperRelationship, string? HelperName, string ContactEmail);
