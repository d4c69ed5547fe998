namespace Formulate.Data.Entities;

/// <summary>
/// One change to a record, written by the context in the same save as the change. Append-only:
/// the context refuses to change or delete an entry.
/// </summary>
public sealed class AuditEntry
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public DateTimeOffset OccurredAt { get; init; }

    /// <summary>Who made the change: a user name, or "system" for start-up tasks.</summary>
    public required string UserName { get; init; }

    /// <summary>What was done, such as "Needs Profile changed".</summary>
    public required string Action { get; init; }

    public required string EntityType { get; init; }

    public required string EntityId { get; init; }

    /// <summary>The person the record is about, when there is one, so entries can be found by case reference.</summary>
    public Guid? PersonId { get; init; }

    /// <summary>The values before the change (the changed ones only, for an update); null for an addition.</summary>
    public string? BeforeJson { get; init; }

    /// <summary>The values after the change (the changed ones only, for an update); null for a deletion.</summary>
    public string? AfterJson { get; init; }
}
