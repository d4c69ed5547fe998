namespace Formulate.Web.Components.Govuk;

public sealed record GovukTaskListItem
{
    public required string Title { get; init; }

    /// <summary>Without a link the task shows as one that cannot be started yet.</summary>
    public string? Href { get; init; }

    public string? Hint { get; init; }

    /// <summary>Plain status text, such as "Completed"; ignored when <see cref="StatusTag"/> is set.</summary>
    public string? StatusText { get; init; }

    /// <summary>Status shown as a tag, such as "Incomplete".</summary>
    public string? StatusTag { get; init; }

    /// <summary>The tag's colour modifier, such as govuk-tag--blue.</summary>
    public string? StatusTagClasses { get; init; }

    public string? StatusClasses { get; init; }
    public string? Classes { get; init; }
}
