using Formulate.Engine.Tracing;

namespace Formulate.Engine.Chc;

/// <summary>The predicted level for one Checklist domain, the descriptor it matched and the answers that drove it.</summary>
public sealed record ChcDomainPrediction
{
    public required ChcDomain Domain { get; init; }

    public required string Label { get; init; }

    public required ChcLevel Level { get; init; }

    public required bool IsPriorityDomain { get; init; }

    /// <summary>The matched descriptor's words, or what was not answered when the domain is not predicted.</summary>
    public required string Reason { get; init; }

    public required IReadOnlyList<AnswerRead> Answers { get; init; }

    /// <summary>The Checklist descriptor the answers met; null when the domain is not predicted (and in estimates stored before descriptors).</summary>
    public ChcDescriptor? Descriptor { get; init; }

    /// <summary>Optional questions asked for this domain but not answered, any of which could settle or raise the level.</summary>
    public IReadOnlyList<string> UnansweredQuestionIds { get; init; } = [];
}
