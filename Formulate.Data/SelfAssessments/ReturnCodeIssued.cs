namespace Formulate.Data.SelfAssessments;

/// <summary>A code to come back with, and where to send it.</summary>
public sealed record ReturnCodeIssued(string Reference, string ContactEmail, string Code);
