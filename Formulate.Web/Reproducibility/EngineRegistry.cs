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
    // The question set each formula's models are answered on, and the definition each question set shipped in.
    private readonly Dictionary<string, QuestionSet> _questionsByFormula = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EngineDefinition> _definitionsByQuestions = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private IReadOnlyList<PublishedLayer> _modelTimeline = [];
    private IReadOnlyList<PublishedLayer> _configurationTimeline = [];
    private long _sequence;

    /// <param name="definitions">
    /// Every definition in use now or in the past; the last is the current one. Their models and
    /// configurations apply from the earliest date, until a published version takes effect.
    /// </param>
    public EngineRegistry(IReadOnlyList<EngineDefinition> definitions)
        : this(definitions, definitions is { Count: > 0 } ? definitions : [])
    {
    }

    /// <param name="known">Every definition whose layers stored estimates and profiles may name.</param>
    /// <param name="inForce">
    /// The definitions whose models and configurations apply from the earliest date, until a published version takes
    /// effect; the last is the current one. Each is also known.
    /// </param>
    private EngineRegistry(IReadOnlyList<EngineDefinition> known, IReadOnlyList<EngineDefinition> inForce)
    {
        ArgumentNullException.ThrowIfNull(known);
        if (inForce.Count == 0)
        {
            throw new ArgumentException("Register at least the current engine definition.", nameof(known));
        }

        foreach (var definition in known.Concat(inForce).Distinct())
        {
            var stamp = definition.Stamp;
            Register(_questionSets, stamp.QuestionSet, definition.Questions, "question set", SameQuestions);
            Register(_models, stamp.Model, definition.Model, "model", ParameterSetWriter.SameContent);
            Register(_configurations, stamp.Configuration, definition.Configuration, "configuration", ParameterSetWriter.SameContent);
            _definitionsByQuestions[definition.Questions.Version] = definition;
        }

        foreach (var definition in inForce)
        {
            _questionsByFormula[FormulaOf(definition.Model)] = definition.Questions;
            Publish(definition.Model, DateOnly.MinValue);
            Publish(definition.Configuration, DateOnly.MinValue);
        }

        // A formula only another definition uses is answered on that definition's question set (the in-force ones win).
        foreach (var definition in known.Where(d => !_questionsByFormula.ContainsKey(FormulaOf(d.Model))))
        {
            _questionsByFormula[FormulaOf(definition.Model)] = definition.Questions;
        }

        Current = new FormulateEngine(inForce[^1]);
        _engines[Current.Definition.Stamp] = Current;
    }

    /// <summary>The question set, model and configuration that ship with Formulate.</summary>
    public static EngineRegistry Shipped() => new([DefaultDefinitions.Definition]);

    /// <summary>
    /// Every shipped definition, known so that anything stamped with one re-runs; <paramref name="inForce"/> (one of them)
    /// applies from the earliest date until a published version takes effect.
    /// </summary>
    public static EngineRegistry Shipped(EngineDefinition inForce)
    {
        ArgumentNullException.ThrowIfNull(inForce);
        return new EngineRegistry(DefaultDefinitions.All, [inForce]);
    }

    /// <summary>The definition in force from the earliest date, as chosen at start-up; estimates outside a profile use its question set.</summary>
    public FormulateEngine Current { get; }

    /// <summary>
    /// The question set new profiles assessed on <paramref name="date"/> are answered on: the one the model in force on
    /// that date is written for (each formula has its own question set).
    /// </summary>
    public QuestionSet QuestionsInForceOn(DateOnly date) =>
        _questionsByFormula.GetValueOrDefault(FormulaOf(InForce(_modelTimeline, date))) ?? Current.Definition.Questions;

    /// <summary>A question set this installation knows, by its version, or null.</summary>
    public QuestionSet? QuestionSet(string version) =>
        _definitionsByQuestions.TryGetValue(version, out var definition) ? definition.Questions : null;

    /// <summary>
    /// The engine for a profile answered on question set <paramref name="questionSetVersion"/> and assessed on
    /// <paramref name="date"/>. On the set in force that date, the engine in force. On an older set (a profile started
    /// before the council moved to a newer model), the model and configuration in force on the last day that set was,
    /// or, if it never was here, the definition it shipped in: the profile is estimated as it was answered.
    /// </summary>
    public FormulateEngine ForProfile(string questionSetVersion, DateOnly date)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(questionSetVersion);
        if (QuestionsInForceOn(date).Version == questionSetVersion)
        {
            return InForceOn(date);
        }

        var questions = QuestionSet(questionSetVersion);
        if (questions is null)
        {
            return InForceOn(date);
        }

        var lastDays = _modelTimeline.Where(layer => layer.EffectiveFrom <= date && layer.EffectiveFrom > DateOnly.MinValue)
            .Select(layer => layer.EffectiveFrom.AddDays(-1)).Distinct().OrderDescending();
        foreach (var day in lastDays)
        {
            if (QuestionsInForceOn(day).Version == questionSetVersion)
            {
                return Engine(questions, day) ?? Shipped(questionSetVersion);
            }
        }

        return Shipped(questionSetVersion);
    }

    private FormulateEngine Shipped(string questionSetVersion) => Find(_definitionsByQuestions[questionSetVersion].Stamp).Engine!;

    private FormulateEngine? Engine(QuestionSet questions, DateOnly date) => Find(new VersionStamp
    {
        QuestionSet = $"{questions.Id}@{questions.Version}",
        Model = InForce(_modelTimeline, date).Stamp,
        Configuration = InForce(_configurationTimeline, date).Stamp,
    }).Engine;

    private static string FormulaOf(ParameterSet model) => model.Formula ?? ModelFormulas.ByActivity;

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
    /// The engine for an estimate assessed on <paramref name="date"/>: the model and configuration whose effective date
    /// is the latest on or before it (the later published where two share a date), with the question set that model is
    /// written for.
    /// </summary>
    public FormulateEngine InForceOn(DateOnly date) => Engine(QuestionsInForceOn(date), date) ?? Current;

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
