namespace Formulate.Web.Letters;

/// <summary>Someone a batch did not write to, and why.</summary>
public sealed record SkippedPerson(Guid PersonId, string Name, string CaseReference, string Reason);
