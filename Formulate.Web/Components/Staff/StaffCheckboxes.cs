using Formulate.Web.Components.Govuk;
using Microsoft.AspNetCore.Components;

namespace Formulate.Web.Components.Staff;

/// <summary>Any number of answers from a list, such as the times of day a call is needed, as one question.</summary>
public sealed class StaffCheckboxes : StaffChoices
{
    [Parameter] public IReadOnlyCollection<string> Values { get; set; } = [];
    [Parameter] public EventCallback<IReadOnlyCollection<string>> ValuesChanged { get; set; }

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
