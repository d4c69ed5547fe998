namespace Formulate.Engine.Benchmarking;

public enum RateWarningKind
{
    BelowBenchmarkMinimum,
    BelowPublishedFloor,
    NotUplifted,
}
