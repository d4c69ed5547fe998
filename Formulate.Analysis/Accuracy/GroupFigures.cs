namespace Formulate.Analysis.Accuracy;

/// <summary>Accuracy for the cases sharing one value of a grouping, e.g. primary support reason "learning_disability".</summary>
public sealed record GroupFigures
{
    /// <summary>The answer code or band that defines the group.</summary>
    public required string Group { get; init; }

    /// <summary>Its plain-English label.</summary>
    public required string Label { get; init; }

    public required AccuracyFigures Figures { get; init; }
}
