namespace Formulate.Data.Audit;

/// <summary>The columns the audit log can be ordered by.</summary>
public enum AuditOrderBy
{
    OccurredAt,
    UserName,
    Action,
}
