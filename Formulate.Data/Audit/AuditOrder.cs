namespace Formulate.Data.Audit;

/// <summary>How a page of the audit log is ordered; newest first unless asked otherwise.</summary>
public sealed record AuditOrder(AuditOrderBy By = AuditOrderBy.OccurredAt, bool Descending = true)
{
    public static readonly AuditOrder NewestFirst = new();
}
