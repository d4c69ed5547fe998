using Microsoft.AspNetCore.Components;

namespace Formulate.Web.Components.Moj;

/// <summary>A column of <see cref="MojSortableTable{TItem}"/>.</summary>
public sealed record MojSortableTableColumn<TItem>
{
    public required string Title { get; init; }

    /// <summary>The cell's text.</summary>
    public required Func<TItem, string> Display { get; init; }

    /// <summary>The cell's content as markup, such as a link or a tag, used instead of <see cref="Display"/>.</summary>
    public RenderFragment<TItem>? Content { get; init; }

    /// <summary>The value rows are ordered by; without it the column cannot be sorted.</summary>
    public Func<TItem, IComparable?>? SortBy { get; init; }

    /// <summary>Right-aligns figures so that they line up.</summary>
    public bool Numeric { get; init; }
}
