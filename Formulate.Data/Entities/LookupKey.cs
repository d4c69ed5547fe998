namespace Formulate.Data.Entities;

/// <summary>
/// A secret key for a keyed hash, stored protected by the app's Data Protection keys (which never live in the
/// database): a copy of the database alone cannot be used to test guesses against the hashes.
/// </summary>
public sealed class LookupKey
{
    public required string Purpose { get; init; }

    public required string ProtectedKey { get; init; }
}
