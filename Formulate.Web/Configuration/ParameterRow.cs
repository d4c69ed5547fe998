using Formulate.Analysis.Benchmarking;
using Formulate.Engine.Parameters;

namespace Formulate.Web.Configuration;

/// <summary>One configuration parameter as the rates page lists it: its value today, what comes next, and how other councils compare.</summary>
public sealed record ParameterRow
{
    public required Parameter Parameter { get; init; }

    public required string Area { get; init; }

    /// <summary>The value in force today, or the first one when none is yet; null for a decision not set.</summary>
    public DatedValue? Current { get; init; }

    /// <summary>The latest dated value when it is not the one in force today: an uplift to come.</summary>
    public DatedValue? Next { get; init; }

    public required string ModelDefault { get; init; }

    public RateBenchmark? Benchmark { get; init; }

    public PublishedFloor? Floor { get; init; }

    public DecisionBenchmark? MostCommon { get; init; }

    public IReadOnlyList<RateWarning> Warnings { get; init; } = [];

    public string Key => Parameter.Key;

    public string Label => Parameter.Label;

    public bool IsRate => ParameterGroups.IsRate(Parameter);

    /// <summary>The element id the page gives it, as the rate cards had: rate-rate-home_care, decision-cap-community_weekly.</summary>
    public string Id => (IsRate ? "rate-" : "decision-") + Key.Replace('.', '-').Replace('@', '-');

    public string ValueText => Current is { } value ? ParameterGroups.Show(Parameter, value.Value) : ParameterGroups.IsYesNo(Parameter) ? "Not set, so No" : "Not set";

    /// <summary>What the grid sorts the value column by; a decision not set sorts first.</summary>
    public decimal SortValue => Current?.Value ?? -1m;

    public DateOnly SortFrom => Current?.From ?? DateOnly.MinValue;

    public int WarningCount => Warnings.Count;
}
