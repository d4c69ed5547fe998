using Microsoft.AspNetCore.Components;

namespace Formulate.Web.Components.Govuk;

public abstract partial class GovukChoices
{
    [Parameter, EditorRequired] public string Name { get; set; } = "";

    /// <summary>Starts every generated id; defaults to <see cref="Name"/>.</summary>
    [Parameter] public string? IdPrefix { get; set; }

    [Parameter] public IReadOnlyList<GovukChoiceItem> Items { get; set; } = [];

    /// <summary>The question; without it the options are not wrapped in a fieldset.</summary>
    [Parameter] public string? Legend { get; set; }

    [Parameter] public RenderFragment? LegendContent { get; set; }
    [Parameter] public string? LegendClasses { get; set; }
    [Parameter] public bool LegendIsPageHeading { get; set; }
    [Parameter] public string? DescribedBy { get; set; }
    [Parameter] public string? Hint { get; set; }
    [Parameter] public string? ErrorMessage { get; set; }

    /// <summary>Modifiers such as govuk-radios--inline or govuk-checkboxes--small.</summary>
    [Parameter] public string? Classes { get; set; }

    [Parameter] public string? FormGroupClasses { get; set; }
    [Parameter(CaptureUnmatchedValues = true)] public IReadOnlyDictionary<string, object>? Attributes { get; set; }

    /// <summary>"govuk-radios" or "govuk-checkboxes": the block name of every class and the JavaScript module.</summary>
    protected abstract string Module { get; }

    protected abstract string InputType { get; }

    protected abstract bool IsCheckedByValue(GovukChoiceItem item);

    protected abstract Task OnItemChangedAsync(GovukChoiceItem item, bool isChecked);

    private string IdPrefixOrName => IdPrefix ?? Name;
    private string HintId => IdPrefixOrName + "-hint";
    private string ErrorId => IdPrefixOrName + "-error";

    private string? FieldsetDescribedBy => Css.JoinOrNull(
        DescribedBy,
        Hint is not null ? HintId : null,
        ErrorMessage is not null ? ErrorId : null);

    private bool IsChecked(GovukChoiceItem item) => item.Checked ?? IsCheckedByValue(item);

    private Task OnItemChangedAsync(GovukChoiceItem item, ChangeEventArgs e) =>
        OnItemChangedAsync(item, InputType == "radio" || e.Value is true);
}
