using Formulate.Engine.Estimation;
using Formulate.Engine.Tracing;

namespace Formulate.Analysis.Calibration;

/// <summary>Which calibrated parameters one case's estimate reads, and in which of its areas, found from its trace.</summary>
internal sealed class CaseReads(WorkingModel model, string[] areas)
{
    private readonly SortedSet<int> _all = [];
    private readonly HashSet<int> _outsideAreas = [];
    private readonly Dictionary<string, HashSet<int>> _byArea = new(StringComparer.Ordinal);

    public int[] All => [.. _all];

    /// <param name="area">The area <paramref name="step"/> belongs to; null outside every area.</param>
    public void Collect(TraceStep step, string? area)
    {
        if (area is null && Array.IndexOf(areas, step.RuleId) >= 0)
        {
            area = step.RuleId;
        }

        foreach (var read in step.Parameters)
        {
            if (read.Source != model.Stamp || !model.Index.TryGetValue(read.Key, out var index))
            {
                continue;
            }

            _all.Add(index);
            if (area is null)
            {
                _outsideAreas.Add(index);
            }
            else if (_byArea.TryGetValue(area, out var reads))
            {
                reads.Add(index);
            }
            else
            {
                _byArea[area] = [index];
            }
        }

        foreach (var child in step.Steps)
        {
            Collect(child, area);
        }
    }

    /// <summary>For each parameter read, the areas it changes (with the areas worked out from them), or null for all.</summary>
    public Dictionary<int, string[]?> AreasReading() => _all.ToDictionary(
        index => index,
        index => _outsideAreas.Contains(index) ? null : WithDependents(_byArea.Where(pair => pair.Value.Contains(index)).Select(pair => pair.Key)));

    private static string[] WithDependents(IEnumerable<string> reading)
    {
        var areas = new HashSet<string>(reading, StringComparer.Ordinal);
        foreach (var (area, inputs) in ScenarioCalculator.AreaInputs)
        {
            if (inputs.Any(areas.Contains))
            {
                areas.Add(area);
            }
        }

        return [.. areas];
    }
}
