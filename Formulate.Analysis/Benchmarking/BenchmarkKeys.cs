namespace Formulate.Analysis.Benchmarking;

/// <summary>Which configuration keys are shared as rates and which as decisions.</summary>
public static class BenchmarkKeys
{
    private static readonly string[] DecisionPrefixes = ["minimum.", "rounding.", "cap.", "policy."];

    public static bool IsRate(string key) => key.StartsWith("rate.", StringComparison.Ordinal);

    public static bool IsDecision(string key) => DecisionPrefixes.Any(prefix => key.StartsWith(prefix, StringComparison.Ordinal));
}
