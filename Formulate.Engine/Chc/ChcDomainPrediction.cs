using Formulate.Engine.Tracing;

namespace Formulate.Engine.Chc;

/// <summary>The predicted level for one Checklist domain and the answers that drove it.</summary>
public sealed record ChcDomainPrediction
{
    public required ChcDomain Domain { get; init; }

    public required string Label { get; init; }

    public required ChcLevel Level { get; init; }

    public required bool IsPriorityDomain { get; init; }

    public required string Reason { get; init; }

    public required IReadOnlyList<AnswerRead> Answers { get; init; }
}
