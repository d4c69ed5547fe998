using Formulate.Engine.Parameters;

namespace Formulate.Data.Entities;

/// <summary>
/// One version of the model parameters or of the council's configuration, kept as the JSON the
/// engine loads. A draft is edited in place; publishing fixes it with an effective date, after
/// which the context refuses to change or delete it.
/// </summary>
public sealed class ParameterSetVersion : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public ParameterSetKind Kind { get; init; }

    /// <summary>The set's id, e.g. "demo-council".</summary>
    public required string SetId { get; set; }

    /// <summary>The set's version, e.g. "2026.1"; with <see cref="SetId"/> it makes the stamp estimates record.</summary>
    public required string SetVersion { get; set; }

    public ParameterVersionStatus Status { get; set; }

    /// <summary>Set when published: estimates assessed on or after this date use this version, until a later one takes effect.</summary>
    public DateOnly? EffectiveFrom { get; set; }

    /// <summary>The whole set, as <see cref="ParameterSetLoader"/> reads it.</summary>
    public required string Json { get; set; }

    /// <summary>What the version changes and why, in the author's words.</summary>
    public string? Note { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public required string CreatedBy { get; init; }

    public DateTimeOffset? UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public string? PublishedBy { get; set; }

    public int Version { get; set; }

    public string Stamp => $"{SetId}@{SetVersion}";
}
