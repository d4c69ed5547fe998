using Formulate.Engine.Profiles;

namespace Formulate.Engine.Estimation;

/// <summary>
/// Area results shared between an estimate and its what-ifs. A block's result is reused where its variant (the part of
/// the setting it depends on, such as the hourly rate it is priced at) is the same and, for the contingency what-if,
/// where the block's own answers record no unpaid support, since only unpaid support differs there.
/// </summary>
internal sealed class AreaMemo
{
    // By area, then a handful of variants each: a short scan beats hashing composite keys on every block of every scenario.
    // Area ids are constants, so they are recognised by reference rather than by hashing their text.
    private readonly Dictionary<string, List<Entry>> _areas = new(ReferenceEqualityComparer.Instance);
    private readonly AreaMemo? _shared;
    private readonly string[] _stale = [];

    // Working that reads no part of the setting, kept apart from the areas: it is no area, and may read any parameter, so
    // a memo made by Except works it out afresh rather than asking the one it shares.
    private List<SettingFreeEntry>? _settingFree;

    public AreaMemo()
    {
    }

    private AreaMemo(AreaMemo shared, string[] stale)
    {
        _shared = shared;
        _stale = stale;
    }

    /// <summary>The area ids this memo holds results for.</summary>
    public IEnumerable<string> Areas => _areas.Keys;

    /// <summary>
    /// A memo offering this one's results for every area except <paramref name="stale"/>; what is added to it stays in
    /// it, so this one is never changed. Calibration uses it to re-estimate a case after moving one parameter, working
    /// out again only the areas that read it.
    /// </summary>
    public AreaMemo Except(string[] stale) => new(this, stale);

    /// <param name="unpaidScope">Null when the result counts no unpaid support, so that any scenario may share it.</param>
    public bool TryGet(string area, string variant, string? unpaidScope, out AreaEstimate estimate, out ValidationProblem[] problems)
    {
        if (_areas.TryGetValue(area, out var entries))
        {
            foreach (var entry in entries)
            {
                if (entry.Variant == variant && entry.UnpaidScope == unpaidScope)
                {
                    (estimate, problems) = (entry.Estimate, entry.Problems);
                    return true;
                }
            }
        }

        if (_shared is not null && Array.IndexOf(_stale, area) < 0)
        {
            return _shared.TryGet(area, variant, unpaidScope, out estimate, out problems);
        }

        (estimate, problems) = (null!, []);
        return false;
    }

    public void Add(string area, string variant, string? unpaidScope, AreaEstimate estimate, ValidationProblem[] problems)
    {
        if (!_areas.TryGetValue(area, out var entries))
        {
            entries = new List<Entry>(4);
            _areas[area] = entries;
        }

        entries.Add(new Entry(variant, unpaidScope, estimate, problems));
    }

    /// <summary>
    /// Working stored by <see cref="AddSettingFree"/> under <paramref name="key"/> for scenarios with the same unpaid support.
    /// Working done untraced has no trace to give, so it serves only untraced scenarios.
    /// </summary>
    public bool TryGetSettingFree(string key, string unpaidScope, bool tracing, out object working, out ValidationProblem[] problems)
    {
        if (_settingFree is not null)
        {
            foreach (var entry in _settingFree)
            {
                if (ReferenceEquals(entry.Key, key) && entry.UnpaidScope == unpaidScope && (entry.Traced || !tracing))
                {
                    (working, problems) = (entry.Working, entry.Problems);
                    return true;
                }
            }
        }

        (working, problems) = (null!, []);
        return false;
    }

    public void AddSettingFree(string key, string unpaidScope, bool traced, object working, ValidationProblem[] problems) =>
        (_settingFree ??= new List<SettingFreeEntry>(2)).Add(new SettingFreeEntry(key, unpaidScope, traced, working, problems));

    private sealed record SettingFreeEntry(string Key, string UnpaidScope, bool Traced, object Working, ValidationProblem[] Problems);

    private sealed record Entry(string Variant, string? UnpaidScope, AreaEstimate Estimate, ValidationProblem[] Problems);
}
