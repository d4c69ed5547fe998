namespace Formulate.Data.SelfAssessments;

/// <summary>A practitioner's answer to one question the person answered: the same code accepts it, another changes it.</summary>
public sealed record ReviewedAnswer(string QuestionId, string PractitionerAnswer);
