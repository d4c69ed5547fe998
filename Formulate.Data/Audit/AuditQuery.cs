namespace Formulate.Data.Audit;

/// <summary>What an auditor searches the log by; every part is optional. Dates are whole UK days, inclusive, as the log shows its times.</summary>
public sealed record AuditQuery
{
    public string? CaseReference { get; init; }

    public string? UserName { get; init; }

    public string? Action { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }
}
