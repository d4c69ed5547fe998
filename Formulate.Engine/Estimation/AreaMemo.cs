using Formulate.Engine.Profiles;

namespace Formulate.Engine.Estimation;

/// <summary>
/// Area results shared between scenarios that differ only in living situation. A block's result is reused where its
/// variant (the part of the setting it depends on, such as the hourly rate it is priced at) is the same.
/// </summary>
internal sealed class AreaMemo
{
    private readonly Dictionary<(string Area, string Variant), (AreaEstimate Estimate, ValidationProblem[] Problems)> _areas = [];

    public bool TryGet(string area, string variant, out AreaEstimate estimate, out ValidationProblem[] problems)
    {
        var found = _areas.TryGetValue((area, variant), out var entry);
        (estimate, problems) = entry;
        return found;
    }

    public void Add(string area, string variant, AreaEstimate estimate, ValidationProblem[] problems) =>
        _areas[(area, variant)] = (estimate, problems);
}
