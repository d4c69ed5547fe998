using System.Collections.Frozen;
using System.Text.Json.Serialization;
using Formulate.Engine.Caching;

namespace Formulate.Engine.Parameters;

/// <summary>A versioned set of dated parameters: either the model's weightings or a council's configuration.</summary>
/// <remarks>Build one with <see cref="ParameterSetLoader"/>, which validates it.</remarks>
public sealed record ParameterSet
{
    private FrozenDictionary<string, Parameter>? _byKey;
    private string? _stamp;
    private string _id = string.Empty;
    private string _version = string.Empty;
    private FrozenDictionary<string, FrozenDictionary<string, Parameter>>? _byFamily;
    private readonly IReadOnlyList<Parameter> _parameters = [];
    private IdentityCache<DatedParameter>? _dated;

    public required ParameterSetKind Kind { get; init; }

    public required string Id
    {
        get => _id;
        init
        {
            _id = value;
            _stamp = null;
            _dated = null;
        }
    }

    public required string Version
    {
        get => _version;
        init
        {
            _version = value;
            _stamp = null;
            _dated = null;
        }
    }

    public required string Title { get; init; }

    public string? Description { get; init; }

    /// <summary>Present on a council configuration.</summary>
    public CouncilDetails? Council { get; init; }

    /// <summary>On a council configuration: the reasons a proposed budget may differ from the estimate, offered at sign-off.</summary>
    public IReadOnlyList<string>? DifferenceReasons { get; init; }

    /// <remarks>Setting it (also through <c>with</c>) drops the lookup built from the previous list.</remarks>
    public required IReadOnlyList<Parameter> Parameters
    {
        get => _parameters;
        init
        {
            _parameters = value;
            _byKey = null;
            _byFamily = null;
            _dated = null;
        }
    }

    /// <summary>id@version, as recorded in every estimate; kept, since the trace names it for every parameter read.</summary>
    [JsonIgnore]
    public string Stamp => _stamp ??= $"{Id}@{Version}";

    public Parameter? Find(string key) => ByKey.TryGetValue(key, out var parameter) ? parameter : null;

    /// <summary>The parameter "{prefix}.{code}", found without building the key: the engine reads thousands a second.</summary>
    public Parameter? Find(string prefix, string code) =>
        ByFamily.TryGetValue(prefix, out var family) && family.TryGetValue(code, out var parameter) ? parameter : null;

    /// <summary>
    /// The parameter "{prefix}.{code}" (or "{prefix}" without a code) and its value in force on <paramref name="date"/>,
    /// with the record a trace shows for it. Null when the set has no such parameter. Results are kept, since each estimate
    /// and its what-ifs read the same parameters many times with the same prefix and code instances.
    /// </summary>
    internal DatedParameter? Resolve(string prefix, string? code, DateOnly date)
    {
        var cache = _dated ??= new IdentityCache<DatedParameter>();
        if (cache.TryGet(prefix, code, date.DayNumber, out var known))
        {
            return known;
        }

        var parameter = code is null ? Find(prefix) : Find(prefix, code);
        if (parameter is null)
        {
            return null;
        }

        var dated = new DatedParameter(parameter, parameter.At(date), Stamp);
        cache.Add(prefix, code, date.DayNumber, dated);
        return dated;
    }

    private FrozenDictionary<string, FrozenDictionary<string, Parameter>> ByFamily =>
        _byFamily ??= ByKey.Values
            .Where(parameter => parameter.Key.Contains('.', StringComparison.Ordinal))
            .GroupBy(parameter => parameter.Key[..parameter.Key.LastIndexOf('.')], StringComparer.Ordinal)
            .ToFrozenDictionary(
                family => family.Key,
                family => family.ToFrozenDictionary(parameter => parameter.Key[(parameter.Key.LastIndexOf('.') + 1)..], StringComparer.Ordinal),
                StringComparer.Ordinal);

    private FrozenDictionary<string, Parameter> ByKey =>
        _byKey ??= Parameters.DistinctBy(parameter => parameter.Key).ToFrozenDictionary(parameter => parameter.Key, StringComparer.Ordinal);
}
