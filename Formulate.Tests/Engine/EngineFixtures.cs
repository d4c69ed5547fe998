using Formulate.Engine;
using Formulate.Engine.Defaults;
using Formulate.Engine.Estimation;
using Formulate.Engine.Parameters;

namespace Formulate.Tests.Engine;

/// <summary>Engines over the shipped definition, or over a configuration changed for one test.</summary>
public static class EngineFixtures
{
    public static FormulateEngine Shipped { get; } = new(DefaultDefinitions.Definition);

    public static FormulateEngine WithConfiguration(Func<ParameterSet, ParameterSet> change)
    {
        var definition = DefaultDefinitions.Definition;
        return new FormulateEngine(definition with { Configuration = change(definition.Configuration) });
    }

    public static ParameterSet Without(this ParameterSet set, string key) =>
        set with { Parameters = set.Parameters.Where(parameter => parameter.Key != key).ToList() };

    public static ParameterSet Setting(this ParameterSet set, string key, decimal value, DateOnly? from = null) =>
        set with
        {
            Parameters = set.Parameters.Select(parameter => parameter.Key != key ? parameter : parameter with
            {
                Values = from is null
                    ? [new DatedValue { From = parameter.Values[0].From, Value = value, Reference = "Test value" }]
                    : [.. parameter.Values, new DatedValue { From = from.Value, Value = value, Reference = "Test uplift" }],
            }).ToList(),
        };

    /// <summary>Every rate multiplied by <paramref name="factor"/>, as a new dated value from the first date of each.</summary>
    public static ParameterSet RatesTimes(this ParameterSet set, decimal factor) =>
        set with
        {
            Version = $"{set.Version}-uplift",
            Parameters = set.Parameters.Select(parameter => !parameter.Key.StartsWith("rate.", StringComparison.Ordinal) ? parameter : parameter with
            {
                Values = parameter.Values.Select(value => value with { Value = value.Value * factor }).ToList(),
            }).ToList(),
        };

    public static EstimateResult EstimateOrFail(this FormulateEngine engine, Formulate.Engine.Profiles.NeedsProfile profile)
    {
        var outcome = engine.Estimate(profile);
        outcome.Problems.ShouldBeEmpty(string.Join("; ", outcome.Problems.Select(problem => problem.Message)));
        return outcome.Result!;
    }
}
