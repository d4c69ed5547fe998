using Formulate.Web.Components.Govuk;
using Microsoft.AspNetCore.Components;

namespace Formulate.Web.Components.Staff;

/// <summary>
/// One answer from a list: native radios sharing a name, so the group is one tab stop and the arrow keys move the choice
/// (the ARIA radio-group pattern without a script), in a fieldset whose legend asks the question.
/// </summary>
public sealed class StaffRadios : StaffChoices
{
    [Parameter] public string? Value { get; set; }
    [Parameter] public EventCallback<string?> ValueChanged { get; set; }

    protected override string InputType => "radio";

    protected override bool IsCheckedByValue(GovukChoiceItem item) => Value is not null && item.Value == Value;

    protected override Task OnItemChangedAsync(GovukChoiceItem item, bool isChecked)
    {
        // Kept locally too, so the conditional reveal follows the choice even when the parent does not bind.
        Value = item.Value;
        return ValueChanged.InvokeAsync(item.Value);
    }
}
