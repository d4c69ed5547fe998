using Formulate.Engine.Tracing;

namespace Formulate.Engine.Chc;

/// <summary>A prediction of the Checklist from the Needs Profile. It recommends; a practitioner decides.</summary>
public sealed record ChcPrediction
{
    public required IReadOnlyList<ChcDomainPrediction> Domains { get; init; }

    public required int CountA { get; init; }

    public required int CountB { get; init; }

    public required bool RecommendFullChecklist { get; init; }

    /// <summary>Every threshold rule the predicted levels meet; empty when none is met.</summary>
    public required IReadOnlyList<ChcThresholdRule> RulesMet { get; init; }

    public required string Recommendation { get; init; }

    /// <summary>Where no rule is met, how close the levels came: one B short, or a domain one level short of an A that would meet a rule.</summary>
    public IReadOnlyList<string> NearThreshold { get; init; } = [];

    /// <summary>For a nursing-home placement, what NHS-funded nursing care means for the person; null otherwise.</summary>
    public string? NursingCare { get; init; }

    /// <summary>The prediction as a trace: one step per domain whose rule id is the matched descriptor's id.</summary>
    public TraceStep? Trace { get; init; }
}
