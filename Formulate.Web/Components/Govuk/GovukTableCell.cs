using Microsoft.AspNetCore.Components;

namespace Formulate.Web.Components.Govuk;

public sealed record GovukTableCell
{
    public string? Text { get; init; }

    /// <summary>Cell content as markup, used instead of <see cref="Text"/>.</summary>
    public RenderFragment? Content { get; init; }

    /// <summary>"numeric" right-aligns the cell so that figures line up.</summary>
    public string? Format { get; init; }

    public int? ColSpan { get; init; }
    public int? RowSpan { get; init; }
    public string? Classes { get; init; }

    public static implicit operator GovukTableCell(string text) => new() { Text = text };

    public static GovukTableCell Numeric(string text) => new() { Text = text, Format = "numeric" };
}
