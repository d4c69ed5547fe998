namespace Formulate.Analysis.Accuracy;

/// <summary>A checked accuracy sample: people with existing packages and their Needs Profiles.</summary>
public sealed record Sample
{
    public required IReadOnlyList<SampleCase> Cases { get; init; }
}
