namespace Formulate.Analysis.Accuracy;

/// <summary>The sample scored by a "£ per point" model fitted to it, for comparison with the modelled estimates.</summary>
public sealed record BaselineFigures
{
    /// <summary>The least-squares £ a week per point of need.</summary>
    public required decimal PoundsPerPoint { get; init; }

    public required AccuracyFigures Figures { get; init; }
}
