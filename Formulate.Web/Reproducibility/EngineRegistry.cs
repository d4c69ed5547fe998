using System.Collections.Concurrent;
using Formulate.Data.Time;
using Formulate.Engine;
using Formulate.Engine.Defaults;
using Formulate.Engine.Estimation;
using Formulate.Engine.Parameters;
using Formulate.Engine.Questions;

namespace Formulate.Web.Reproducibility;

/// <summary>
/// Every question set, model and configuration this installation knows, by version stamp, so
/// that a stored estimate can be re-run with exactly the layers it names; and, for new
/// estimates, which model and configuration are in force on an assessment date. A layer is
/// never replaced: a new version is registered beside the old.
/// </summary>
public sealed class EngineRegistry
{
    private readonly ConcurrentDictionary<string, QuestionSet> _questionSets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ParameterSet> _models = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ParameterSet> _configurations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<VersionStamp, FormulateEngine> _engines = new();
    private readonly Lock _gate = new();
    private IReadOnlyList<PublishedLayer> _modelTimeline = [];
    private IReadOnlyList<PublishedLayer> _configurationTimeline = [];
    private long _sequence;

    /// <param name="definitions">
    /// Every definition in use now or in the past; the last is the current one. Their models and
    /// configurations apply from the earliest date, until a published version takes effect.
    /// </param>
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
            Register(_questionSets, stamp.QuestionSet, definition.Questions, "question set", SameQuestions);
            Publish(definition.Model, DateOnly.MinValue);
            Publish(definition.Configuration, DateOnly.MinValue);
        }

        Current = new FormulateEngine(definitions[^1]);
        _engines[Current.Definition.Stamp] = Current;
    }

    /// <summary>The question set, model and configuration that ship with Formulate.</summary>
    public static EngineRegistry Shipped() => new([DefaultDefinitions.Definition]);

    /// <summary>The last definition given at start-up; its question set is the one new profiles use.</summary>
    public FormulateEngine Current { get; }

    /// <summary>Registers a published model or configuration, used for assessments on or after <paramref name="effectiveFrom"/>.</summary>
    /// <exception cref="ArgumentException">Another set with different content is registered under the same stamp.</exception>
    public void Publish(ParameterSet set, DateOnly effectiveFrom)
    {
        ArgumentNullException.ThrowIfNull(set);
        var layers = set.Kind == ParameterSetKind.Model ? _models : _configurations;
        lock (_gate)
        {
            var registered = Register(layers, set.Stamp, set, set.Kind == ParameterSetKind.Model ? "model" : "configuration", ParameterSetWriter.SameContent);
            var timeline = set.Kind == ParameterSetKind.Model ? _modelTimeline : _configurationTimeline;
            if (timeline.Any(layer => layer.Set.Stamp == set.Stamp && layer.EffectiveFrom == effectiveFrom))
            {
                return;
            }

            IReadOnlyList<PublishedLayer> updated = [.. timeline, new PublishedLayer(registered, effectiveFrom, ++_sequence)];
            if (set.Kind == ParameterSetKind.Model)
            {
                _modelTimeline = updated;
            }
            else
            {
                _configurationTimeline = updated;
            }
        }
    }

    /// <summary>Every published layer of a kind with its effective date, in the order registered.</summary>
    public IReadOnlyList<PublishedLayer> Published(ParameterSetKind kind) =>
        kind == ParameterSetKind.Model ? _modelTimeline : _configurationTimeline;

    /// <summary>
    /// The engine for an estimate assessed on <paramref name="date"/>: the current question set with
    /// the model and configuration whose effective date is the latest on or before it (the later
    /// published where two share a date).
    /// </summary>
    public FormulateEngine InForceOn(DateOnly date)
    {
        var stamp = new VersionStamp
        {
            QuestionSet = Current.Definition.Stamp.QuestionSet,
            Model = InForce(_modelTimeline, date).Stamp,
            Configuration = InForce(_configurationTimeline, date).Stamp,
        };
        return Find(stamp).Engine ?? Current;
    }

    /// <summary>The engine for an assessment made today, by the council's local date.</summary>
    public FormulateEngine InForceToday(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return InForceOn(UkTime.Today(time));
    }

    /// <summary>The model or configuration in force on a date.</summary>
    public ParameterSet InForceOn(ParameterSetKind kind, DateOnly date) =>
        InForce(kind == ParameterSetKind.Model ? _modelTimeline : _configurationTimeline, date);

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

    private static ParameterSet InForce(IReadOnlyList<PublishedLayer> timeline, DateOnly date)
    {
        PublishedLayer? best = null;
        foreach (var layer in timeline)
        {
            if (layer.EffectiveFrom <= date && (best is null || layer.EffectiveFrom > best.EffectiveFrom
                || (layer.EffectiveFrom == best.EffectiveFrom && layer.Sequence > best.Sequence)))
            {
                best = layer;
            }
        }

        // An assessment dated before every version is estimated with the earliest one.
        return (best ?? timeline.OrderBy(l => l.EffectiveFrom).ThenBy(l => l.Sequence).First()).Set;
    }

    private static bool SameQuestions(QuestionSet first, QuestionSet second) => ReferenceEquals(first, second) || Equals(first, second);

    private static T Register<T>(ConcurrentDictionary<string, T> layers, string stamp, T layer, string kind, Func<T, T, bool> same)
        where T : class
    {
        if (layers.TryGetValue(stamp, out var existing))
        {
            return same(existing, layer)
                ? existing
                : throw new ArgumentException($"Two different {kind}s are registered as {stamp}; give the changed one a new version.");
        }

        layers[stamp] = layer;
        return layer;
    }
}
