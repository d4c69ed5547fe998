namespace Formulate.Data.People;

/// <summary>A person's details as they are to be saved: already checked, trimmed, and null where an optional line is empty.</summary>
public sealed record PersonDetails
{
    public required string CaseReference { get; init; }

    public required string GivenName { get; init; }

    public required string FamilyName { get; init; }

    public string? Title { get; init; }

    public string? PreferredName { get; init; }

    public DateOnly? DateOfBirth { get; init; }

    public string? AddressLine1 { get; init; }

    public string? AddressLine2 { get; init; }

    public string? Town { get; init; }

    public string? Postcode { get; init; }

    public required string Team { get; init; }
}
