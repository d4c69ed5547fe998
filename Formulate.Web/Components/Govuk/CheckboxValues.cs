namespace Formulate.Web.Components.Govuk;

/// <summary>The values a group of checkboxes holds after one of them changes, for the GOV.UK and the staff checkboxes.</summary>
public static class CheckboxValues
{
    private const string ExclusiveBehaviour = "exclusive";

    public static IReadOnlyCollection<string> After(
        IReadOnlyCollection<string> values, IReadOnlyList<GovukChoiceItem> items, GovukChoiceItem changed, bool isChecked)
    {
        var others = values.Where(value => value != changed.Value);
        if (isChecked)
        {
            // Mirrors govuk-frontend's script: "None of these" clears the others, and any other answer clears it.
            others = changed.Behaviour == ExclusiveBehaviour ? [] : others.Where(value => !IsExclusive(items, value));
        }

        return isChecked ? [.. others, changed.Value!] : [.. others];
    }

    private static bool IsExclusive(IReadOnlyList<GovukChoiceItem> items, string value) =>
        items.Any(item => item.Value == value && item.Behaviour == ExclusiveBehaviour);
}
