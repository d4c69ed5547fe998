namespace Formulate.Data.SignOff;

/// <summary>What the queue's filters offer: the teams and age bands of the submissions waiting for a decision.</summary>
public sealed record SignOffQueueOptions
{
    public required IReadOnlyList<string> Teams { get; init; }

    public required IReadOnlyList<string> AgeBands { get; init; }
}
