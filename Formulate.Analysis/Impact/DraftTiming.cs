using Formulate.Engine.Estimation;
using Formulate.Engine.Parameters;

namespace Formulate.Analysis.Impact;

/// <summary>
/// When a draft starts to make a difference: the first date on which a value an estimate reads differs between the
/// versions in force and the same versions with the draft in their place. An uplift dated next April changes nothing
/// before then, so a preview for an earlier date would show no change at all.
/// </summary>
public static class DraftTiming
{
    /// <summary>The first date on or after <paramref name="from"/> on which a model or configuration value differs, or null when none does from then on.</summary>
    public static DateOnly? FirstDifference(EngineDefinition inForce, EngineDefinition withDraft, DateOnly from)
    {
        ArgumentNullException.ThrowIfNull(inForce);
        ArgumentNullException.ThrowIfNull(withDraft);
        var pairs = new[] { (inForce.Model, withDraft.Model), (inForce.Configuration, withDraft.Configuration) };
        var dates = pairs
            .SelectMany(pair => pair.Item1.Parameters.Concat(pair.Item2.Parameters))
            .SelectMany(parameter => parameter.Values.Select(value => value.From))
            .Where(date => date > from)
            .Append(from)
            .Distinct()
            .Order();
        foreach (var date in dates)
        {
            if (pairs.Any(pair => DiffersOn(pair.Item1, pair.Item2, date)))
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>
    /// The date a preview should be for when none is chosen: the first date the draft changes anything on or after
    /// <paramref name="today"/>, or today when it changes nothing from then on.
    /// </summary>
    public static DateOnly DefaultPreviewDate(EngineDefinition inForce, EngineDefinition withDraft, DateOnly today) =>
        FirstDifference(inForce, withDraft, today) ?? today;

    private static bool DiffersOn(ParameterSet before, ParameterSet after, DateOnly date)
    {
        if (ReferenceEquals(before, after))
        {
            return false;
        }

        var keys = before.Parameters.Select(p => p.Key).Union(after.Parameters.Select(p => p.Key), StringComparer.Ordinal);
        return keys.Any(key => before.Find(key)?.At(date)?.Value != after.Find(key)?.At(date)?.Value);
    }
}
