using Microsoft.AspNetCore.Components;

namespace Formulate.Web.Components.Govuk;

/// <summary>GOV.UK checkboxes: any number of answers from a list, with optional hints and conditional reveals.</summary>
public sealed class GovukCheckboxes : GovukChoices
{
    [Parameter] public IReadOnlyCollection<string> Values { get; set; } = [];
    [Parameter] public EventCallback<IReadOnlyCollection<string>> ValuesChanged { get; set; }

    protected override string Module => "govuk-checkboxes";

    protected override string InputType => "checkbox";

    protected override bool IsCheckedByValue(GovukChoiceItem item) => item.Value is not null && Values.Contains(item.Value);

    protected override Task OnItemChangedAsync(GovukChoiceItem item, bool isChecked)
    {
        if (item.Value is null)
        {
            return Task.CompletedTask;
        }

        Values = CheckboxValues.After(Values, Items, item, isChecked);
        return ValuesChanged.InvokeAsync(Values);
    }
}
