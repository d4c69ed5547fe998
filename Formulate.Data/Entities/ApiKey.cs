namespace Formulate.Data.Entities;

public sealed class ApiKey
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    /// <summary>A hash of the secret; the secret itself is shown once, when the key is made.</summary>
    public required string KeyHash { get; init; }

    /// <summary>The first characters of the key, unique, so a key can be recognised in lists and logs.</summary>
    public required string Prefix { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public required string CreatedBy { get; init; }

    public DateTimeOffset? RevokedAt { get; set; }
}
