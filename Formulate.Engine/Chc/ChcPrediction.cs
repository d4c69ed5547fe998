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
}
