using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace Formulate.Load;

/// <summary>
/// Chromium's own counters for each practitioner's page (DevTools' Performance domain: CPU time of the
/// page's process and main thread, time in script, style and layout, nodes), read when answering begins
/// and when it ends, so that the browser's share of each answer can be split by kind of work.
/// </summary>
internal sealed class PageMetrics
{
    private readonly List<(ICDPSession Session, Dictionary<string, double> Start)> _pages = [];

    public async Task StartAsync(IBrowserContext context, IPage page)
    {
        var session = await context.NewCDPSessionAsync(page);
        await session.SendAsync("Performance.enable");
        _pages.Add((session, await ReadAsync(session)));
    }

    /// <summary>Writes, per page, each counter's growth while answering (or its last value, for the sizes), and returns the totals over every page.</summary>
    public async Task<IReadOnlyDictionary<string, double>> WriteAsync(string directory)
    {
        var totals = new SortedDictionary<string, double>(StringComparer.Ordinal);
        var csv = new StringBuilder();
        foreach (var (session, start) in _pages)
        {
            var end = await ReadAsync(session);
            var row = end.Keys.Order(StringComparer.Ordinal).ToDictionary(name => name, name => IsSize(name) ? end[name] : end[name] - start.GetValueOrDefault(name));
            if (csv.Length == 0)
            {
                csv.Append(string.Join(',', row.Keys)).Append('\n');
            }

            csv.Append(string.Join(',', row.Values.Select(value => value.ToString("0.####", CultureInfo.InvariantCulture)))).Append('\n');
            foreach (var (name, value) in row)
            {
                totals[name] = totals.GetValueOrDefault(name) + value;
            }
        }

        await File.WriteAllTextAsync(Path.Combine(directory, "pages.csv"), csv.ToString());
        return totals;
    }

    private static bool IsSize(string name) => !name.EndsWith("Duration", StringComparison.Ordinal) && !name.EndsWith("Count", StringComparison.Ordinal)
        && name is not ("ThreadTime" or "ProcessTime" or "Timestamp");

    private static async Task<Dictionary<string, double>> ReadAsync(ICDPSession session)
    {
        var response = await session.SendAsync("Performance.getMetrics");
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal);
        if (response is { } json && json.TryGetProperty("metrics", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var metric in list.EnumerateArray())
            {
                metrics[metric.GetProperty("name").GetString()!] = metric.GetProperty("value").GetDouble();
            }
        }

        return metrics;
    }
}
