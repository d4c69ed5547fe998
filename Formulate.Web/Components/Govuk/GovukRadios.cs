using Microsoft.AspNetCore.Components;

namespace Formulate.Web.Components.Govuk;

/// <summary>GOV.UK radios: one answer from a list, with optional hints and conditional reveals.</summary>
public sealed class GovukRadios : GovukChoices
{
    [Parameter] public string? Value { get; set; }
    [Parameter] public EventCallback<string?> ValueChanged { get; set; }

    protected override string Module => "govuk-radios";

    protected override string InputType => "radio";

    protected override bool IsCheckedByValue(GovukChoiceItem item) => Value is not null && item.Value == Value;

    protected override Task OnItemChangedAsync(GovukChoiceItem item, bool isChecked)
    {
        // Kept locally too, so the conditional reveal follows the choice even when the parent does not bind.
        Value = item.Value;
        return ValueChanged.InvokeAsync(item.Value);
    }
}
