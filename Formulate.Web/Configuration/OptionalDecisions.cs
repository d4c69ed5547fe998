using Formulate.Engine.Parameters;
using Formulate.Web.SelfAssessments;

namespace Formulate.Web.Configuration;

/// <summary>
/// Council decisions that came after a configuration was published, which it may therefore lack (absent means no). The
/// screens list each one the draft lacks as not set; setting it adds it to the draft, so a published version is never changed.
/// </summary>
public static class OptionalDecisions
{
    public static IReadOnlyList<Parameter> All { get; } = [IndicativeFigures.Policy];

    public static Parameter? Find(string key) => All.FirstOrDefault(decision => decision.Key == key);

    /// <summary>The decisions <paramref name="set"/> does not have yet, with no values.</summary>
    public static IEnumerable<Parameter> MissingFrom(ParameterSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return All.Where(decision => set.Find(decision.Key) is null);
    }

    /// <summary><paramref name="set"/> with the optional decision <paramref name="key"/> added, without values, where it lacks it.</summary>
    public static ParameterSet Including(ParameterSet set, string key)
    {
        ArgumentNullException.ThrowIfNull(set);
        return set.Find(key) is null && Find(key) is { } decision ? set with { Parameters = [.. set.Parameters, decision] } : set;
    }
}
