namespace Formulate.Data.SignOff;

/// <summary>One page of the managers' queue and how many submissions match in all.</summary>
public sealed record SignOffQueuePage
{
    public required IReadOnlyList<SubmissionRecord> Records { get; init; }

    public required int Total { get; init; }
}
