namespace Formulate.Web.SelfAssessments;

/// <summary>Someone a request can be given to: an active practitioner or team manager, in the team they carry cases for.</summary>
public sealed record AssignablePractitioner(string UserName, string DisplayName, string Team);
