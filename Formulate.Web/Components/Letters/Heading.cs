using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace Formulate.Web.Components.Letters;

/// <summary>
/// A heading whose level is chosen by the page: the same letter is the whole document when printed
/// (title h1) and part of a page when previewed (title h2 under the page's own h1).
/// </summary>
public sealed class Heading : ComponentBase
{
    [Parameter] public int Level { get; set; } = 2;

    [Parameter] public string? Classes { get; set; }

    [Parameter] public string? Id { get; set; }

    [Parameter] public RenderFragment? ChildContent { get; set; }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, $"h{Math.Clamp(Level, 1, 6)}");
        builder.AddAttribute(1, "class", Classes);
        builder.AddAttribute(2, "id", Id);
        builder.AddContent(3, ChildContent);
        builder.CloseElement();
    }
}
