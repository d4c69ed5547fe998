using Microsoft.AspNetCore.Components;

namespace Formulate.Web.Components.Govuk;

/// <summary>One option of a <see cref="ChoiceGroup"/> (GOV.UK or staff radios and checkboxes), or a divider between options.</summary>
public sealed record GovukChoiceItem
{
    public string? Value { get; init; }
    public string? Text { get; init; }

    /// <summary>Label content as markup, used instead of <see cref="Text"/>.</summary>
    public RenderFragment? Content { get; init; }

    public string? Hint { get; init; }

    /// <summary>Overrides the id generated from the id prefix and the item's position.</summary>
    public string? Id { get; init; }

    /// <summary>Checkboxes only: overrides the group's name.</summary>
    public string? Name { get; init; }

    /// <summary>Overrides whether the item is checked; otherwise it follows the component's value.</summary>
    public bool? Checked { get; init; }

    public bool Disabled { get; init; }
    public string? LabelClasses { get; init; }

    /// <summary>Shown below the item only while it is checked (a conditional reveal).</summary>
    public RenderFragment? Conditional { get; init; }

    /// <summary>Checkboxes only: "exclusive" for a "None of these" option that clears the others.</summary>
    public string? Behaviour { get; init; }

    /// <summary>Makes this entry a divider (such as "or") instead of an option.</summary>
    public string? Divider { get; init; }

    public IReadOnlyDictionary<string, object>? Attributes { get; init; }

    public static GovukChoiceItem DividerOf(string text) => new() { Divider = text };
}
