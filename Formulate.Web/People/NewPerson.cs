using System.Globalization;
using Formulate.Data.Entities;

namespace Formulate.Web.People;

/// <summary>What the "Add a person" and "Change details" forms collect, as typed.</summary>
public sealed class NewPerson
{
    /// <summary>The form for changing a person's details, filled with those saved.</summary>
    public static NewPerson From(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return new NewPerson
        {
            CaseReference = person.CaseReference,
            GivenName = person.GivenName,
            FamilyName = person.FamilyName,
            Title = person.Title,
            PreferredName = person.PreferredName,
            DateOfBirthDay = person.DateOfBirth?.Day.ToString(CultureInfo.InvariantCulture),
            DateOfBirthMonth = person.DateOfBirth?.Month.ToString(CultureInfo.InvariantCulture),
            DateOfBirthYear = person.DateOfBirth?.Year.ToString(CultureInfo.InvariantCulture),
            AddressLine1 = person.AddressLine1,
            AddressLine2 = person.AddressLine2,
            Town = person.Town,
            Postcode = person.Postcode,
            Team = person.Team,
        };
    }

    public string? CaseReference { get; set; }

    public string? GivenName { get; set; }

    public string? FamilyName { get; set; }

    public string? Title { get; set; }

    public string? PreferredName { get; set; }

    public string? DateOfBirthDay { get; set; }

    public string? DateOfBirthMonth { get; set; }

    public string? DateOfBirthYear { get; set; }

    public string? AddressLine1 { get; set; }

    public string? AddressLine2 { get; set; }

    public string? Town { get; set; }

    public string? Postcode { get; set; }

    public string? Team { get; set; }
}
