namespace Formulate.Analysis.Benchmarking;

/// <summary>The most common choice for a decision among the councils that made it, and how many made it.</summary>
public sealed record DecisionBenchmark(string Key, decimal MostCommon, int Choosing, int Total);
