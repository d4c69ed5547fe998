using Microsoft.AspNetCore.Components;

namespace Formulate.Web.Components.Govuk;

/// <summary>GOV.UK checkboxes: any number of answers from a list, with optional hints and conditional reveals.</summary>
public sealed class GovukCheckboxes : GovukChoices
{
    [Parameter] public IReadOnlyCollection<string> Values { get; set; } = [];
    [Parameter] public EventCallback<IReadOnlyCollection<string>> ValuesChanged { get; set; }

    private const string ExclusiveBehaviour = "exclusive";

    protected override string Module => "govuk-checkboxes";

    protected override string InputType => "checkbox";

    protected override bool IsCheckedByValue(GovukChoiceItem item) => item.Value is not null && Values.Contains(item.Value);

    protected override Task OnItemChangedAsync(GovukChoiceItem item, bool isChecked)
    {
        if (item.Value is null)
        {
            return Task.CompletedTask;
        }

        var others = Values.Where(value => value != item.Value);
        if (isChecked)
        {
            // Mirrors govuk-frontend's script: "None of these" clears the others, and any other answer clears it.
            others = item.Behaviour == ExclusiveBehaviour ? [] : others.Where(value => !IsExclusive(value));
        }

        Values = isChecked ? [.. others, item.Value] : [.. others];
        return ValuesChanged.InvokeAsync(Values);
    }

    private bool IsExclusive(string value) =>
        Items.Any(item => item.Value == value && item.Behaviour == ExclusiveBehaviour);
}
