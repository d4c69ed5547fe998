using Formulate.Analysis.Benchmarking;

namespace Formulate.Analysis.Defaults;

/// <summary>The illustrative data that ships with Formulate's analysis tools.</summary>
public static class AnalysisDefaults
{
    private static readonly Lazy<BenchmarkDataset> Benchmark = new(() => BenchmarkDatasetLoader.Load(IllustrativeBenchmarkJson).OrThrow("The illustrative benchmarking dataset"));

    /// <summary>Made-up councils whose values are drawn from published ranges, to show benchmarking before councils share real data.</summary>
    public static BenchmarkDataset IllustrativeBenchmark => Benchmark.Value;

    public static string IllustrativeBenchmarkJson => Read("benchmark-illustrative.json");

    private static string Read(string name)
    {
        using var stream = typeof(AnalysisDefaults).Assembly.GetManifestResourceStream($"Formulate.Analysis.Defaults.{name}")
            ?? throw new InvalidOperationException($"Formulate.Analysis was built without its {name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
