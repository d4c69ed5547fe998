using Formulate.Engine.Rules;

namespace Formulate.Engine.Estimation.Blocks;

/// <summary>
/// Shared Lives: the Shared Lives carer, who shares the person's home, meets daily living needs and is there at night for
/// a banded weekly fee. Waking nights are not part of it: someone awake all night is paid for on top.
/// </summary>
internal static class SharedLivesBlock
{
    private static readonly RuleEntry Rule = AreaRules.SharedLives;

    // By band, built once so that each rate read uses the same key instances.
    private static readonly string[] BandSupportTypes = [.. Enumerable.Range(1, 3).Select(band => $"{SupportTypes.SharedLives}.band{band}")];

    /// <summary>Whether the Shared Lives fee meets the area's need, in place of paying for the area itself.</summary>
    public static bool Covers(AreaEstimate area) => area.Line.SupportType != SupportTypes.WakingNightHour;

    public static AreaEstimate Calculate(Calculation calculation, PersonFacts person, IReadOnlyList<AreaEstimate> replaced)
    {
        var step = calculation.Step(Rule);
        foreach (var need in replaced)
        {
            step.Add(need.Trace);
        }

        var hours = 0m;
        foreach (var area in replaced)
        {
            hours += area.Line.UnitKind == UnitKind.Hours ? area.UnitsWithoutUnpaid : 0m;
        }

        var band = hours >= step.Model("shared_lives.band3_hours") ? 3 : hours >= step.Model("shared_lives.band2_hours") ? 2 : 1;
        step.Explain($"{hours:0.##} hours a week of daily living support: band {band}");
        return AreaPricer.Price(step, person, new AreaUnits
        {
            AreaId = Rule.Id,
            Area = Rule.LineLabel!,
            Units = 1m,
            UnitsWithoutUnpaid = 1m,
            Kind = UnitKind.Weeks,
            SupportType = BandSupportTypes[band - 1],
            HoursPerUnit = 0m,
        });
    }
}
