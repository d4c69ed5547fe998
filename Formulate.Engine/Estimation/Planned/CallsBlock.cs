using Formulate.Engine.Rules;

namespace Formulate.Engine.Estimation.Planned;

/// <summary>
/// Care at home booked as calls: each time of day with a task is a call as long as its heaviest task, in the council's
/// booking blocks and never under its minimum; a call that needs two carers is paid twice, the second as its own line.
/// </summary>
internal static class CallsBlock
{
    public static (AreaEstimate Calls, AreaEstimate SecondCarer) Calculate(Calculation calculation, PersonFacts person, DayTasks tasks)
    {
        var step = calculation.Step(PlannedRules.Calls);
        step.Add(tasks.Trace);
        var supportType = person.DailyLivingSupportType;
        var minimum = step.Config(person.LivingSituation == LivingSituations.ExtraCareHousing ? "calls.minimum_minutes.extra_care" : "calls.minimum_minutes");
        var block = step.Config("calls.booking_increment_minutes");
        decimal calls = 0m, callsWithout = 0m, second = 0m, secondWithout = 0m;
        for (var time = 0; time < DayTimes.Count; time++)
        {
            var booked = Booked(tasks.Minutes[time], block, minimum);
            var bookedWithout = Booked(tasks.MinutesWithoutUnpaid[time], block, minimum);
            calls += booked;
            callsWithout += bookedWithout;
            if (tasks.DoubleUp[time])
            {
                second += booked;
                secondWithout += bookedWithout;
            }

            if (booked > 0m)
            {
                step.Explain($"{DayTimes.Names[time]}: {tasks.Minutes[time]:0.####} minutes → a {booked}-minute call{(tasks.DoubleUp[time] ? " with two carers" : string.Empty)}");
            }
        }

        var secondStep = calculation.Step(AreaRules.SecondCarer);
        AreaEstimate secondCarer;
        if (secondWithout > 0m)
        {
            secondStep.Explain($"{second} minutes a day of calls that need two carers");
            secondCarer = AreaPricer.Price(secondStep, person, AreaUnits.WeeklyHours(AreaRules.SecondCarer, Hours(second), Hours(secondWithout), supportType));
        }
        else
        {
            secondCarer = AreaEstimate.None(AreaRules.SecondCarer, UnitKind.Hours, supportType, secondStep.Finish(0m, "GBP per week"));
        }

        if (callsWithout <= 0m)
        {
            return (AreaEstimate.None(PlannedRules.Calls, UnitKind.Hours, supportType, step.Finish(0m, "GBP per week")), secondCarer);
        }

        step.Explain($"{calls} minutes of calls a day × 7 ÷ 60");
        return (AreaPricer.Price(step, person, AreaUnits.WeeklyHours(PlannedRules.Calls, Hours(calls), Hours(callsWithout), supportType)), secondCarer);
    }

    /// <summary>The minutes booked for a call of <paramref name="minutes"/> of tasks: whole blocks, at least the minimum; none for no tasks.</summary>
    public static decimal Booked(decimal minutes, decimal block, decimal minimum)
    {
        if (minutes <= 0m)
        {
            return 0m;
        }

        var blocks = block > 0m ? Math.Ceiling(minutes / block) * block : minutes;
        return Math.Max(blocks, minimum);
    }

    public static decimal Hours(decimal minutesADay) => minutesADay * 7m / 60m;
}
