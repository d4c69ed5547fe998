using Formulate.Engine.Estimation;
using Formulate.Engine.Parameters;
using Formulate.Engine.Questions;

namespace Formulate.Engine.Defaults;

/// <summary>The question sets, models and demo council configurations that ship with Formulate.</summary>
/// <remarks>Every shipped definition stays shipped: estimates stamped with an older one re-run with exactly its layers.</remarks>
public static class DefaultDefinitions
{
    private static readonly Lazy<EngineDefinition> Shipped = new(() => Load(QuestionSetJson, ModelJson, ConfigurationJson));

    private static readonly Lazy<EngineDefinition> ShippedCareAsPlanned = new(() =>
        Load(CareAsPlannedQuestionSetJson, CareAsPlannedModelJson, CareAsPlannedConfigurationJson));

    /// <summary>formulate-needs-profile@2025.1, formulate-core@2025.1 and demo-council@2025.2: the by-activity model.</summary>
    public static EngineDefinition Definition => Shipped.Value;

    /// <summary>formulate-needs-profile@2026.1, formulate-core@2026.1 and demo-council@2026.1: care as planned.</summary>
    public static EngineDefinition CareAsPlanned => ShippedCareAsPlanned.Value;

    /// <summary>Every shipped definition, oldest first; the last is the current one.</summary>
    public static IReadOnlyList<EngineDefinition> All => [Definition, CareAsPlanned];

    public static string QuestionSetJson => Read("question-set.json");

    public static string ModelJson => Read("model-parameters.json");

    public static string ConfigurationJson => Read("council-configuration.json");

    public static string CareAsPlannedQuestionSetJson => Read("question-set-2026.1.json");

    public static string CareAsPlannedModelJson => Read("model-parameters-2026.1.json");

    public static string CareAsPlannedConfigurationJson => Read("council-configuration-2026.1.json");

    private static EngineDefinition Load(string questions, string model, string configuration) => new()
    {
        Questions = QuestionSetLoader.Load(questions).OrThrow("The shipped question set"),
        Model = ParameterSetLoader.Load(model, ParameterSetKind.Model).OrThrow("The shipped model parameters"),
        Configuration = ParameterSetLoader.Load(configuration, ParameterSetKind.Configuration).OrThrow("The shipped council configuration"),
    };

    private static string Read(string name)
    {
        using var stream = typeof(DefaultDefinitions).Assembly.GetManifestResourceStream($"Formulate.Engine.Defaults.{name}")
            ?? throw new InvalidOperationException($"The engine was built without its {name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
