using Formulate.Engine.Benchmarking;
using Formulate.Engine.Estimation;
using Formulate.Engine.Parameters;
using Formulate.Engine.Questions;

namespace Formulate.Engine.Defaults;

/// <summary>The question set, model parameters and demo council configuration that ship with Formulate.</summary>
public static class DefaultDefinitions
{
    private static readonly Lazy<EngineDefinition> Shipped = new(() => new EngineDefinition
    {
        Questions = QuestionSetLoader.Load(QuestionSetJson).OrThrow("The shipped question set"),
        Model = ParameterSetLoader.Load(ModelJson, ParameterSetKind.Model).OrThrow("The shipped model parameters"),
        Configuration = ParameterSetLoader.Load(ConfigurationJson, ParameterSetKind.Configuration).OrThrow("The shipped council configuration"),
    });

    private static readonly Lazy<BenchmarkDataset> Benchmark = new(() => BenchmarkDatasetLoader.Load(IllustrativeBenchmarkJson).OrThrow("The illustrative benchmarking dataset"));

    public static EngineDefinition Definition => Shipped.Value;

    /// <summary>Made-up councils whose values are drawn from published ranges, to show benchmarking before councils share real data.</summary>
    public static BenchmarkDataset IllustrativeBenchmark => Benchmark.Value;

    public static string IllustrativeBenchmarkJson => Read("benchmark-illustrative.json");

    public static string QuestionSetJson => Read("question-set.json");

    public static string ModelJson => Read("model-parameters.json");

    public static string ConfigurationJson => Read("council-configuration.json");

    private static string Read(string name)
    {
        using var stream = typeof(DefaultDefinitions).Assembly.GetManifestResourceStream($"Formulate.Engine.Defaults.{name}")
            ?? throw new InvalidOperationException($"The engine was built without its {name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
