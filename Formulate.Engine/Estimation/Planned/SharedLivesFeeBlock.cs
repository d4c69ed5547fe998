using Formulate.Engine.Rules;

namespace Formulate.Engine.Estimation.Planned;

/// <summary>
/// Shared Lives: the banded weekly fee for the carer who shares the person's home and meets their daily living needs,
/// night calls and sleep-ins; the band is set from the care hours, household hours included and regular nights counted
/// as sleep-ins (waking nights are paid on top, so they are not counted twice).
/// </summary>
internal static class SharedLivesFeeBlock
{
    private static readonly string[] BandSupportTypes = [.. Enumerable.Range(1, 3).Select(band => $"{SupportTypes.SharedLives}.band{band}")];

    public static AreaEstimate Calculate(Calculation calculation, PersonFacts person, DayTasks tasks)
    {
        var step = calculation.Step(AreaRules.SharedLives);
        var (hours, trace) = CareHours.Work(calculation, person, tasks, withHousehold: true, nightsAsSleepIns: true);
        step.Add(trace);
        var band = hours >= step.Model("shared_lives.band3_hours") ? 3 : hours >= step.Model("shared_lives.band2_hours") ? 2 : 1;
        step.Explain($"{hours:0.##} care hours a week: band {band}");
        return AreaPricer.Price(step, person, new AreaUnits
        {
            AreaId = AreaRules.SharedLives.Id,
            Area = AreaRules.SharedLives.LineLabel!,
            Units = 1m,
            UnitsWithoutUnpaid = 1m,
            Kind = UnitKind.Weeks,
            SupportType = BandSupportTypes[band - 1],
            HoursPerUnit = 0m,
        });
    }
}
