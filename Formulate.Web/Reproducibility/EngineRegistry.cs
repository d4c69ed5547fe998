using System.Collections.Concurrent;
using Formulate.Engine;
using Formulate.Engine.Defaults;
using Formulate.Engine.Estimation;
using Formulate.Engine.Parameters;
using Formulate.Engine.Questions;

namespace Formulate.Web.Reproducibility;

/// <summary>
/// Every question set, model and configuration this installation knows, by version stamp, so
/// that a stored estimate can be re-run with exactly the layers it names. New estimates use
/// <see cref="Current"/>. A layer is never replaced: a new version is registered beside the old.
/// </summary>
public sealed class EngineRegistry
{
    private readonly Dictionary<string, QuestionSet> _questionSets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ParameterSet> _models = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ParameterSet> _configurations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<VersionStamp, FormulateEngine> _engines = new();

    /// <param name="definitions">Every definition in use now or in the past; the last is the current one.</param>
    public EngineRegistry(IReadOnlyList<EngineDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        if (definitions.Count == 0)
        {
            throw new ArgumentException("Register at least the current engine definition.", nameof(definitions));
        }

        foreach (var definition in definitions)
        {
            var stamp = definition.Stamp;
            Register(_questionSets, stamp.QuestionSet, definition.Questions, "question set");
            Register(_models, stamp.Model, definition.Model, "model");
            Register(_configurations, stamp.Configuration, definition.Configuration, "configuration");
        }

        Current = new FormulateEngine(definitions[^1]);
        _engines[Current.Definition.Stamp] = Current;
    }

    /// <summary>The question set, model and configuration that ship with Formulate.</summary>
    public static EngineRegistry Shipped() => new([DefaultDefinitions.Definition]);

    /// <summary>The engine new estimates are made with.</summary>
    public FormulateEngine Current { get; }

    /// <summary>An engine made of exactly the named layers, or a message naming each layer this installation does not have.</summary>
    public EngineLookup Find(VersionStamp stamp)
    {
        ArgumentNullException.ThrowIfNull(stamp);
        if (_engines.TryGetValue(stamp, out var cached))
        {
            return new EngineLookup(cached, null);
        }

        var missing = new List<string>();
        _questionSets.TryGetValue(stamp.QuestionSet, out var questions);
        _models.TryGetValue(stamp.Model, out var model);
        _configurations.TryGetValue(stamp.Configuration, out var configuration);
        if (questions is null)
        {
            missing.Add($"question set {stamp.QuestionSet}");
        }

        if (model is null)
        {
            missing.Add($"model {stamp.Model}");
        }

        if (configuration is null)
        {
            missing.Add($"configuration {stamp.Configuration}");
        }

        if (missing.Count > 0)
        {
            return new EngineLookup(null,
                $"This estimate cannot be re-run here: this installation does not have the {string.Join(", ", missing)} it was made with.");
        }

        var engine = _engines.GetOrAdd(stamp, _ => new FormulateEngine(new EngineDefinition
        {
            Questions = questions!,
            Model = model!,
            Configuration = configuration!,
        }));
        return new EngineLookup(engine, null);
    }

    private static void Register<T>(Dictionary<string, T> layers, string stamp, T layer, string kind)
        where T : class
    {
        if (layers.TryGetValue(stamp, out var existing) && !ReferenceEquals(existing, layer) && !Equals(existing, layer))
        {
            throw new ArgumentException($"Two different {kind}s are registered as {stamp}; give the changed one a new version.");
        }

        layers[stamp] = layer;
    }
}
