using Formulate.Web.Components.Govuk;
using Microsoft.AspNetCore.Components;

namespace Formulate.Web.Components;

/// <summary>
/// What radios and checkboxes share, in the staff screens and the citizen pages alike: the parameters (the GOV.UK
/// components', so that a page moves across by name), the ids that link the question's hint and error to its fieldset,
/// and how a change reaches the component that differs.
/// </summary>
public abstract class ChoiceGroup : ComponentBase
{
    [Parameter, EditorRequired] public string Name { get; set; } = "";

    /// <summary>Starts every generated id; defaults to <see cref="Name"/>.</summary>
    [Parameter] public string? IdPrefix { get; set; }

    [Parameter] public IReadOnlyList<GovukChoiceItem> Items { get; set; } = [];

    /// <summary>The question; without it the options are not wrapped in a fieldset, so the page must give one.</summary>
    [Parameter] public string? Legend { get; set; }

    [Parameter] public RenderFragment? LegendContent { get; set; }

    [Parameter] public string? LegendClasses { get; set; }

    [Parameter] public bool LegendIsPageHeading { get; set; }

    [Parameter] public string? DescribedBy { get; set; }

    [Parameter] public string? Hint { get; set; }

    [Parameter] public string? ErrorMessage { get; set; }

    /// <summary>Modifiers such as staff-choices--inline or govuk-radios--inline.</summary>
    [Parameter] public string? Classes { get; set; }

    [Parameter] public string? FormGroupClasses { get; set; }

    [Parameter(CaptureUnmatchedValues = true)] public IReadOnlyDictionary<string, object>? Attributes { get; set; }

    protected abstract string InputType { get; }

    protected abstract bool IsCheckedByValue(GovukChoiceItem item);

    protected abstract Task OnItemChangedAsync(GovukChoiceItem item, bool isChecked);

    protected string IdPrefixOrName => IdPrefix ?? Name;

    protected string HintId => IdPrefixOrName + "-hint";

    protected string ErrorId => IdPrefixOrName + "-error";

    protected string? FieldsetDescribedBy => Css.JoinOrNull(
        DescribedBy,
        Hint is not null ? HintId : null,
        ErrorMessage is not null ? ErrorId : null);

    protected bool IsChecked(GovukChoiceItem item) => item.Checked ?? IsCheckedByValue(item);

    protected Task OnItemChangedAsync(GovukChoiceItem item, ChangeEventArgs e) =>
        OnItemChangedAsync(item, InputType == "radio" || e.Value is true);
}
