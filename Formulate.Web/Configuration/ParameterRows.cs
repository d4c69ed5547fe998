using Formulate.Analysis.Benchmarking;
using Formulate.Engine.Defaults;
using Formulate.Engine.Parameters;

namespace Formulate.Web.Configuration;

/// <summary>
/// The configuration's parameters as rows of the rates page, and the page's query over them: filtered by area and name,
/// sorted and paged here, on the server, so the page holds only the rows it shows.
/// </summary>
public static class ParameterRows
{
    public const string RatesArea = "Care and support rates";
    public const string CareHomesArea = "Care homes";
    public const string SharedLivesArea = "Shared Lives";
    public const string VisitsArea = "Visit lengths";
    public const string LimitsArea = "Caps, minimums and rounding";
    public const string NhsArea = "NHS contributions";
    public const string PoliciesArea = "Policies";

    private static readonly string[] AreaOrder = [RatesArea, CareHomesArea, SharedLivesArea, VisitsArea, LimitsArea, NhsArea, PoliciesArea];

    /// <summary>The areas in the order the filter offers them.</summary>
    public static IReadOnlyList<string> Areas => AreaOrder;

    public static string AreaOf(string key) => key switch
    {
        _ when key.StartsWith("rate.care_home", StringComparison.Ordinal) => CareHomesArea,
        _ when key.StartsWith("rate.shared_lives", StringComparison.Ordinal) => SharedLivesArea,
        _ when key.StartsWith("rate.", StringComparison.Ordinal) => RatesArea,
        _ when key.StartsWith("minimum.visit_minutes", StringComparison.Ordinal) => VisitsArea,
        _ when key.StartsWith("nhs.", StringComparison.Ordinal) => NhsArea,
        _ when key.StartsWith("policy.", StringComparison.Ordinal) => PoliciesArea,
        _ => LimitsArea,
    };

    public static IReadOnlyList<ParameterRow> Build(ParameterSet set, BenchmarkDataset dataset, SimilarCouncils similar, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(dataset);
        return [.. ParameterGroups.Rates(set).Concat(ParameterGroups.Decisions(set)).Select(parameter => Row(parameter, dataset, similar, today))];
    }

    public static ParameterPage Query(IReadOnlyList<ParameterRow> rows, ParameterQuery query)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(query);
        IEnumerable<ParameterRow> found = rows;
        if (!string.IsNullOrWhiteSpace(query.Area))
        {
            found = found.Where(row => row.Area == query.Area);
        }

        if (!string.IsNullOrWhiteSpace(query.Name))
        {
            var name = query.Name.Trim();
            found = found.Where(row => row.Label.Contains(name, StringComparison.OrdinalIgnoreCase) || row.Key.Contains(name, StringComparison.OrdinalIgnoreCase));
        }

        var sorted = query.SortBy switch
        {
            ParameterSort.Area => Order(found, row => Array.IndexOf(AreaOrder, row.Area), query.Descending),
            ParameterSort.Value => Order(found, row => row.Current?.Value ?? -1m, query.Descending),
            ParameterSort.From => Order(found, row => row.Current?.From ?? DateOnly.MinValue, query.Descending),
            ParameterSort.Warnings => Order(found, row => row.Warnings.Count, query.Descending),
            ParameterSort.Name => query.Descending ? found.OrderByDescending(row => row.Label, StringComparer.OrdinalIgnoreCase) : found.OrderBy(row => row.Label, StringComparer.OrdinalIgnoreCase),
            _ => found,
        };
        var all = sorted.ToList();
        var size = Math.Max(1, query.PageSize);
        var page = Math.Clamp(query.Page, 0, Math.Max(0, (all.Count - 1) / size));
        return new ParameterPage([.. all.Skip(page * size).Take(size)], all.Count, page);
    }

    // Ties keep the configuration's own order, so the page never shuffles rows that compare equal.
    private static IEnumerable<ParameterRow> Order<T>(IEnumerable<ParameterRow> rows, Func<ParameterRow, T> key, bool descending) =>
        descending ? rows.OrderByDescending(key) : rows.OrderBy(key);

    private static ParameterRow Row(Parameter parameter, BenchmarkDataset dataset, SimilarCouncils similar, DateOnly today)
    {
        var current = parameter.Values.Count == 0 ? null : parameter.At(today) ?? parameter.Values[^1];
        var latest = parameter.Values.Count == 0 ? null : parameter.Values[^1];
        var row = new ParameterRow
        {
            Parameter = parameter,
            Area = AreaOf(parameter.Key),
            Current = current,
            Next = latest != current ? latest : null,
            ModelDefault = Default(parameter.Key, today),
        };
        if (!ParameterGroups.IsRate(parameter))
        {
            return row with { MostCommon = BenchmarkStatistics.Decision(dataset, parameter.Key) };
        }

        var benchmark = BenchmarkStatistics.Rate(dataset, parameter.Key, similar);
        var floor = dataset.FloorFor(parameter.Key, today);
        return row with { Benchmark = benchmark, Floor = floor, Warnings = RateWarnings.For(parameter, today, benchmark, floor) };
    }

    private static string Default(string key, DateOnly today) =>
        DefaultDefinitions.Definition.Configuration.Find(key) is { } shipped && (shipped.At(today) ?? shipped.Values[^1]) is { } value
            ? ParameterGroups.Show(shipped, value.Value)
            : "None: this rate is the council's own";
}
