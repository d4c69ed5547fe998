using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Formulate.Engine.Caching;

namespace Formulate.Engine.Parameters;

/// <summary>
/// What the engine looks up in one parameter set, built the first time the set is used: parameters by key and by family,
/// the set's stamp, and each value already resolved on a date. It lives beside the set rather than in it, so that the
/// record's equality and hash code cover its data alone, and a copy made with <c>with</c> starts with an index of its own.
/// </summary>
internal sealed class ParameterSetIndex
{
    // Keyed by the instance: a record's equal twin, or a copy made with `with`, gets its own index.
    private static readonly ConditionalWeakTable<ParameterSet, ParameterSetIndex> Indexes = new();

    private readonly FrozenDictionary<string, Parameter> _byKey;
    private readonly FrozenDictionary<string, FrozenDictionary<string, Parameter>> _byFamily;
    private readonly IdentityCache<DatedParameter> _dated = new();

    private ParameterSetIndex(ParameterSet set)
    {
        Set = set;
        // One instance for the set: the trace names it for every parameter read.
        Stamp = set.Stamp;
        _byKey = set.Parameters.DistinctBy(parameter => parameter.Key).ToFrozenDictionary(parameter => parameter.Key, StringComparer.Ordinal);
        _byFamily = _byKey.Values
            .Where(parameter => parameter.Key.Contains('.', StringComparison.Ordinal))
            .GroupBy(parameter => parameter.Key[..parameter.Key.LastIndexOf('.')], StringComparer.Ordinal)
            .ToFrozenDictionary(
                family => family.Key,
                family => family.ToFrozenDictionary(parameter => parameter.Key[(parameter.Key.LastIndexOf('.') + 1)..], StringComparer.Ordinal),
                StringComparer.Ordinal);
    }

    public ParameterSet Set { get; }

    /// <summary>id@version, as recorded in every estimate.</summary>
    public string Stamp { get; }

    /// <summary>The index of <paramref name="set"/>, built on first use and kept for as long as the set is.</summary>
    public static ParameterSetIndex Of(ParameterSet set) => Indexes.GetValue(set, static key => new ParameterSetIndex(key));

    public Parameter? Find(string key) => _byKey.TryGetValue(key, out var parameter) ? parameter : null;

    /// <summary>The parameter "{prefix}.{code}", found without building the key: the engine reads thousands a second.</summary>
    public Parameter? Find(string prefix, string code) =>
        _byFamily.TryGetValue(prefix, out var family) && family.TryGetValue(code, out var parameter) ? parameter : null;

    /// <summary>
    /// The parameter "{prefix}.{code}" (or "{prefix}" without a code) and its value in force on <paramref name="date"/>,
    /// with the record a trace shows for it. Null when the set has no such parameter. Results are kept, since each estimate
    /// and its what-ifs read the same parameters many times with the same prefix and code instances.
    /// </summary>
    public DatedParameter? Resolve(string prefix, string? code, DateOnly date)
    {
        if (_dated.TryGet(prefix, code, date.DayNumber, out var known))
        {
            return known;
        }

        var parameter = code is null ? Find(prefix) : Find(prefix, code);
        if (parameter is null)
        {
            return null;
        }

        var dated = new DatedParameter(parameter, parameter.At(date), Stamp);
        _dated.Add(prefix, code, date.DayNumber, dated);
        return dated;
    }
}
