using Formulate.Engine.Profiles;

namespace Formulate.Engine.Estimation;

/// <summary>
/// Area results shared between an estimate and its what-ifs. A block's result is reused where its variant (the part of
/// the setting it depends on, such as the hourly rate it is priced at) is the same and, for the contingency what-if,
/// where the block's own answers record no unpaid support, since only unpaid support differs there.
/// </summary>
internal sealed class AreaMemo
{
    private readonly Dictionary<(string Area, string Variant, bool WithUnpaid), (AreaEstimate Estimate, ValidationProblem[] Problems)> _areas = [];

    public bool TryGet(string area, string variant, bool withUnpaid, out AreaEstimate estimate, out ValidationProblem[] problems)
    {
        var found = _areas.TryGetValue((area, variant, withUnpaid), out var entry);
        (estimate, problems) = entry;
        return found;
    }

    public void Add(string area, string variant, bool withUnpaid, AreaEstimate estimate, ValidationProblem[] problems) =>
        _areas[(area, variant, withUnpaid)] = (estimate, problems);
}
