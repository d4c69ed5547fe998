namespace Formulate.Data.Entities;

/// <summary>
/// The minimum the council needs to identify a person and write to them; everything else
/// lives in the council's case management system, found through <see cref="CaseReference"/>.
/// </summary>
public sealed class Person : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string CaseReference { get; set; }

    public required string GivenName { get; set; }

    public required string FamilyName { get; set; }

    /// <summary>As the person wants to be addressed in a letter's greeting with their family name: Mrs, Mr, Dr, Mx.</summary>
    public string? Title { get; set; }

    /// <summary>The name the person goes by, which the letter greets them with.</summary>
    public string? PreferredName { get; set; }

    public DateOnly? DateOfBirth { get; set; }

    public string? AddressLine1 { get; set; }

    public string? AddressLine2 { get; set; }

    public string? Town { get; set; }

    public string? Postcode { get; set; }

    public required string Team { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public required string CreatedBy { get; init; }

    public int Version { get; set; }
}
