using Microsoft.AspNetCore.Components;

namespace Formulate.Web.Components.Govuk;

public sealed record GovukSummaryListRow
{
    public required string Key { get; init; }
    public string? Value { get; init; }

    /// <summary>Value as markup, used instead of <see cref="Value"/>.</summary>
    public RenderFragment? ValueContent { get; init; }

    public IReadOnlyList<GovukSummaryListAction> Actions { get; init; } = [];
    public string? Classes { get; init; }
}
