namespace Formulate.Analysis.Accuracy;

/// <summary>One case as the scatter plot and its table show it.</summary>
public sealed record ScatterPoint
{
    public required string CaseId { get; init; }

    public required decimal Estimate { get; init; }

    public required decimal Actual { get; init; }

    /// <summary>Whether the estimate lies within the tolerance band around the actual cost.</summary>
    public required bool WithinTolerance { get; init; }
}
