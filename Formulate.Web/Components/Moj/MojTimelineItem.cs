using Microsoft.AspNetCore.Components;

namespace Formulate.Web.Components.Moj;

public sealed record MojTimelineItem
{
    public required string Label { get; init; }

    /// <summary>Who did it; shown as "by ...".</summary>
    public string? Byline { get; init; }

    public required DateTimeOffset Timestamp { get; init; }
    public string? Text { get; init; }

    /// <summary>Description as markup, used instead of <see cref="Text"/>.</summary>
    public RenderFragment? Content { get; init; }
}
