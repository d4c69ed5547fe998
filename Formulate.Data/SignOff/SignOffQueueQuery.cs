namespace Formulate.Data.SignOff;

/// <summary>
/// One page of the managers' queue: the submissions of <see cref="Teams"/> waiting for a decision, narrowed by the
/// filters, in the order asked for. Every filter and every order but the person's name is applied in the database query.
/// </summary>
public sealed record SignOffQueueQuery
{
    /// <summary>The teams whose submissions the manager may see; nothing else is ever read.</summary>
    public required IReadOnlyCollection<string> Teams { get; init; }

    public string? Team { get; init; }

    public string? AgeBand { get; init; }

    public decimal? MinimumWeekly { get; init; }

    public decimal? MaximumWeekly { get; init; }

    public QueueDifference Difference { get; init; } = QueueDifference.Any;

    public SignOffQueueSort SortBy { get; init; } = SignOffQueueSort.Submitted;

    public bool Descending { get; init; }

    public int Page { get; init; }

    public int PageSize { get; init; } = 25;
}
