using Formulate.Engine.Rules;

namespace Formulate.Engine.Estimation.Planned;

/// <summary>The council's core hours: a supported living house's divided among the people who live there; a flat's in extra care.</summary>
internal static class CoreHoursBlock
{
    public static AreaEstimate Calculate(Calculation calculation, PersonFacts person)
    {
        var step = calculation.Step(PlannedRules.CoreHours);
        decimal hours;
        if (person.LivingSituation == LivingSituations.SupportedLiving)
        {
            var people = SharedSetting.People(step);
            if (people == 1)
            {
                step.Explain($"no one shares the house: no shared core hours");
                return AreaEstimate.None(PlannedRules.CoreHours, UnitKind.Hours, person.DailyLivingSupportType, step.Finish(0m, "GBP per week"));
            }

            var house = step.Config("core_hours.supported_living");
            hours = house / people;
            step.Explain($"{house} core hours a week for the house ÷ {people} people");
        }
        else
        {
            hours = step.Config("core_hours.extra_care");
            step.Explain($"{hours} core hours a week for each flat");
        }

        return AreaPricer.Price(step, person, AreaUnits.WeeklyHours(PlannedRules.CoreHours, hours, hours, person.DailyLivingSupportType));
    }
}
