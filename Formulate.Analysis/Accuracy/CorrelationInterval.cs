namespace Formulate.Analysis.Accuracy;

/// <summary>
/// The range a correlation measured on a sample most likely covers (95%), by Fisher's z-transformation. With 70 people a
/// correlation of 0.92 is known only to within a few hundredths; the interval says how far.
/// </summary>
public sealed record CorrelationInterval
{
    public required double Lower { get; init; }

    public required double Upper { get; init; }

    /// <summary>How likely the interval is to cover the correlation a much larger sample would give, as a share.</summary>
    public double Confidence { get; init; } = 0.95;
}
