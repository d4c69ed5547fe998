namespace Formulate.Data.Audit;

/// <summary>One page of an audit search, and how many entries match in all.</summary>
public sealed record AuditPage(IReadOnlyList<AuditRow> Rows, int Total);
