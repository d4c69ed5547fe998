namespace Formulate.Analysis.Accuracy;

/// <summary>Either a whole sample or every problem found in the file; nothing is half imported.</summary>
public sealed record SampleImport
{
    public Sample? Sample { get; init; }

    public IReadOnlyList<SampleProblem> Problems { get; init; } = [];

    public bool IsValid => Sample is not null;

    public static SampleImport Failed(IReadOnlyList<SampleProblem> problems) => new() { Problems = problems };

    public static SampleImport Succeeded(Sample sample) => new() { Sample = sample };
}
