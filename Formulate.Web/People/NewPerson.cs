namespace Formulate.Web.People;

/// <summary>What the "Add a person" form collects, as typed.</summary>
public sealed class NewPerson
{
    public string? CaseReference { get; set; }

    public string? GivenName { get; set; }

    public string? FamilyName { get; set; }

    public string? AddressLine1 { get; set; }

    public string? AddressLine2 { get; set; }

    public string? Town { get; set; }

    public string? Postcode { get; set; }

    public string? Team { get; set; }
}
