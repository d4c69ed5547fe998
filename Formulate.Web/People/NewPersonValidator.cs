namespace Formulate.Web.People;

/// <summary>Checks the "Add a person" form, with GOV.UK wording, in the order the fields appear.</summary>
public static class NewPersonValidator
{
    public static IReadOnlyList<FieldError> Validate(NewPerson person, IReadOnlyCollection<string> teams)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(teams);
        var errors = new List<FieldError>();
        Check(errors, nameof(NewPerson.CaseReference), person.CaseReference, "Case reference", 50, "Enter the case reference");
        Check(errors, nameof(NewPerson.GivenName), person.GivenName, "Given name", 100, "Enter the person's given name");
        Check(errors, nameof(NewPerson.FamilyName), person.FamilyName, "Family name", 100, "Enter the person's family name");
        Check(errors, nameof(NewPerson.AddressLine1), person.AddressLine1, "Address line 1", 200, requiredMessage: null);
        Check(errors, nameof(NewPerson.AddressLine2), person.AddressLine2, "Address line 2", 200, requiredMessage: null);
        Check(errors, nameof(NewPerson.Town), person.Town, "Town or city", 100, requiredMessage: null);
        if (HiddenCharacters.AnyIn(person.Postcode))
        {
            errors.Add(new FieldError(nameof(NewPerson.Postcode), HiddenCharacters.Message("Postcode")));
        }
        else if (!string.IsNullOrWhiteSpace(person.Postcode) && UkPostcode.Normalise(person.Postcode) is null)
        {
            errors.Add(new FieldError(nameof(NewPerson.Postcode), "Enter a real postcode, like SW1A 1AA"));
        }

        if (string.IsNullOrWhiteSpace(person.Team) || !teams.Contains(person.Team))
        {
            errors.Add(new FieldError(nameof(NewPerson.Team), "Select the person's team"));
        }

        return errors;
    }

    private static void Check(List<FieldError> errors, string field, string? value, string label, int maxLength, string? requiredMessage)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (requiredMessage is not null)
            {
                errors.Add(new FieldError(field, requiredMessage));
            }
        }
        else if (HiddenCharacters.AnyIn(value))
        {
            errors.Add(new FieldError(field, HiddenCharacters.Message(label)));
        }
        else if (value.Trim().Length > maxLength)
        {
            errors.Add(new FieldError(field, $"{label} must be {maxLength} characters or fewer"));
        }
    }
}
