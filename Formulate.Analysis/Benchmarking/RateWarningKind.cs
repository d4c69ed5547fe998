namespace Formulate.Analysis.Benchmarking;

public enum RateWarningKind
{
    BelowBenchmarkMinimum,
    BelowPublishedFloor,
    NotUplifted,
}
