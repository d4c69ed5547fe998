namespace Formulate.Web.People;

/// <summary>Checks the "Add a person" form, with GOV.UK wording, in the order the fields appear.</summary>
public static class NewPersonValidator
{
    public const int TitleLength = 20;

    public static IReadOnlyList<FieldError> Validate(NewPerson person, PersonFormChecks checks)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(checks);
        var errors = new List<FieldError>();
        if (Check(errors, nameof(NewPerson.CaseReference), person.CaseReference, "Case reference", 50, "Enter the case reference")
            && !checks.CaseReference.IsMatch(person.CaseReference!.Trim()))
        {
            errors.Add(new FieldError(nameof(NewPerson.CaseReference), $"Case reference must be {checks.CaseReferenceDescription}"));
        }

        if (Check(errors, nameof(NewPerson.Title), person.Title, "Title", TitleLength, requiredMessage: null)
            && !person.Title!.Trim().All(c => char.IsLetter(c) || c is ' ' or '-' or '.'))
        {
            errors.Add(new FieldError(nameof(NewPerson.Title), "Title must only include letters, spaces, hyphens and full stops, like Mrs or Dr"));
        }

        Check(errors, nameof(NewPerson.GivenName), person.GivenName, "Given name", 100, "Enter the person's given name");
        Check(errors, nameof(NewPerson.FamilyName), person.FamilyName, "Family name", 100, "Enter the person's family name");
        Check(errors, nameof(NewPerson.PreferredName), person.PreferredName, "Preferred name", 100, requiredMessage: null);
        if (DateOfBirthCheck.Read(person.DateOfBirthDay, person.DateOfBirthMonth, person.DateOfBirthYear, checks.Today).Error is { } dateError)
        {
            errors.Add(new FieldError(DateOfBirthCheck.Field, dateError));
        }

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

        if (string.IsNullOrWhiteSpace(person.Team) || !checks.Teams.Contains(person.Team))
        {
            errors.Add(new FieldError(nameof(NewPerson.Team), "Select the person's team"));
        }

        return errors;
    }

    /// <summary>Adds the field's error, if any; true when the field holds a value that passed, for further checks.</summary>
    private static bool Check(List<FieldError> errors, string field, string? value, string label, int maxLength, string? requiredMessage)
    {
        var error = string.IsNullOrWhiteSpace(value) ? requiredMessage
            : HiddenCharacters.AnyIn(value) ? HiddenCharacters.Message(label)
            : value.Trim().Length > maxLength ? $"{label} must be {maxLength} characters or fewer"
            : null;
        if (error is not null)
        {
            errors.Add(new FieldError(field, error));
        }

        return error is null && !string.IsNullOrWhiteSpace(value);
    }
}
