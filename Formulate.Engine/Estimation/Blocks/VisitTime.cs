namespace Formulate.Engine.Estimation.Blocks;

/// <summary>
/// Turns the minutes of care needed in a day into minutes of paid visits. Visits are never shorter than the council's
/// minimum; where less than the planned visits' worth of care is needed (for example because a carer does part of it),
/// fewer minimum-length visits are paid for rather than every planned visit.
/// </summary>
internal static class VisitTime
{
    public static decimal MinutesPerDay(decimal minutesNeeded, int plannedVisits, decimal minimumVisit)
    {
        if (minutesNeeded <= 0m)
        {
            return 0m;
        }

        if (minimumVisit <= 0m || minutesNeeded >= plannedVisits * minimumVisit)
        {
            return minutesNeeded;
        }

        return Math.Ceiling(minutesNeeded / minimumVisit) * minimumVisit;
    }
}
