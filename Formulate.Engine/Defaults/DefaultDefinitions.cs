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

    public static EngineDefinition Definition => Shipped.Value;

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
