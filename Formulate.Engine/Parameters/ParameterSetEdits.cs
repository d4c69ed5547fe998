namespace Formulate.Engine.Parameters;

/// <summary>
/// Changes made to a draft: a value from a date (replacing one from the same date, otherwise
/// added in date order, so values for earlier dates stay as they were) and uplifts.
/// </summary>
public static class ParameterSetEdits
{
    /// <summary>The set with <paramref name="key"/> taking <paramref name="value"/> from <paramref name="from"/>.</summary>
    /// <exception cref="KeyNotFoundException">The set has no such parameter.</exception>
    public static ParameterSet WithValue(ParameterSet set, string key, DateOnly from, decimal value, string reference)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        var parameter = set.Find(key) ?? throw new KeyNotFoundException($"{set.Stamp} has no parameter '{key}'.");
        var dated = new DatedValue { From = from, Value = value, Reference = reference.Trim() };
        List<DatedValue> values = [.. parameter.Values.Where(v => v.From != from), dated];
        var updated = parameter with { Values = [.. values.OrderBy(v => v.From)] };
        return set with { Parameters = [.. set.Parameters.Select(p => p.Key == key ? updated : p)] };
    }

    /// <summary>
    /// Raises each chosen parameter by <paramref name="percent"/> from <paramref name="from"/>: the value in
    /// force on that date × (1 + percent ÷ 100), rounded to the penny (half away from zero).
    /// A parameter with no value in force on that date is left out.
    /// </summary>
    public static UpliftResult Uplift(ParameterSet set, IEnumerable<string> keys, decimal percent, DateOnly from, string reference)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var factor = 1m + (percent / 100m);
        return Apply(set, keys, from, reference, current => Math.Round(current * factor, 2, MidpointRounding.AwayFromZero));
    }

    /// <summary>Sets new values for chosen parameters from <paramref name="from"/>, listing each change as an uplift.</summary>
    public static UpliftResult NewValues(ParameterSet set, IReadOnlyDictionary<string, decimal> values, DateOnly from, string reference)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Apply(set, values.Keys, from, reference, null, values);
    }

    private static UpliftResult Apply(
        ParameterSet set, IEnumerable<string> keys, DateOnly from, string reference, Func<decimal, decimal>? raise, IReadOnlyDictionary<string, decimal>? values = null)
    {
        ArgumentNullException.ThrowIfNull(set);
        var lines = new List<UpliftLine>();
        var result = set;
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            var parameter = set.Find(key) ?? throw new KeyNotFoundException($"{set.Stamp} has no parameter '{key}'.");
            if (parameter.At(from) is not { } current)
            {
                continue;
            }

            var after = raise is not null ? raise(current.Value) : values![key];
            lines.Add(new UpliftLine(key, parameter.Label, current.Value, after));
            result = WithValue(result, key, from, after, reference);
        }

        return new UpliftResult(result, lines);
    }
}
