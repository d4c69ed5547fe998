using Formulate.Engine.Parameters;
using Formulate.Engine.Text;

namespace Formulate.Analysis.Benchmarking;

/// <summary>A council's own configuration in the benchmarking format: the values in force on a date, and nothing about people.</summary>
public static class BenchmarkExport
{
    public static BenchmarkDataset Dataset(ParameterSet configuration, DateOnly date, string code, int deprivationDecile, string regionType)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new BenchmarkDataset
        {
            Format = BenchmarkDataset.CurrentFormat,
            Title = $"{configuration.Council?.Name ?? code}: configuration {configuration.Stamp} in force on {UkFormat.IsoDate(date)}",
            Illustrative = false,
            Description = "Rates and policy decisions exported from Formulate for benchmarking between councils. No personal data.",
            Sources = [$"Formulate configuration {configuration.Stamp}"],
            Councils = [Council(configuration, date, code, deprivationDecile, regionType)],
        };
    }

    public static BenchmarkCouncil Council(ParameterSet configuration, DateOnly date, string code, int deprivationDecile, string regionType)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var inForce = configuration.Parameters
            .Select(p => (p.Key, Value: p.At(date)))
            .Where(p => p.Value is not null)
            .ToList();
        return new BenchmarkCouncil
        {
            Code = code,
            DeprivationDecile = deprivationDecile,
            RegionType = regionType,
            EffectiveFrom = date,
            Rates = inForce.Where(p => BenchmarkKeys.IsRate(p.Key)).ToDictionary(p => p.Key, p => p.Value!.Value, StringComparer.Ordinal),
            Decisions = inForce.Where(p => BenchmarkKeys.IsDecision(p.Key)).ToDictionary(p => p.Key, p => p.Value!.Value, StringComparer.Ordinal),
        };
    }
}
