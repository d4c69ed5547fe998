using Formulate.Data.Entities;

namespace Formulate.Data.SelfAssessments;

/// <summary>A new invitation and its code, which is shown once and never stored.</summary>
public sealed record SelfAssessmentInvitation(SelfAssessment SelfAssessment, string Code);
