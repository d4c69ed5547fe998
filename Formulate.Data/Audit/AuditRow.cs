using Formulate.Data.Entities;

namespace Formulate.Data.Audit;

/// <summary>An audit entry with the case reference of the person it is about, if any.</summary>
public sealed record AuditRow(AuditEntry Entry, string? CaseReference);
