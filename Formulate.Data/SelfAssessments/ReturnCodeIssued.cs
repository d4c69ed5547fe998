namespace Formulate.Data.SelfAssessments;

/// <summary>A code to come back with, and where to send it: the e-mail address, the mobile number, or both, as given at the start.</summary>
public sealed record ReturnCodeIssued(string Reference, string? ContactEmail, string? ContactMobile, string Code);
