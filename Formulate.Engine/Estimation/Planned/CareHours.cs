using Formulate.Engine.Estimation.Blocks;
using Formulate.Engine.Rules;

namespace Formulate.Engine.Estimation.Planned;

/// <summary>
/// The care hours a week the person needs, before unpaid help, that bands are set from: the day's care tasks and any
/// second carer, hands-on safety, supervision × the behaviour factor, and nights. Each part only grows with need, so a
/// band never falls when need rises; nights count the same way here as in every setting.
/// </summary>
internal static class CareHours
{
    private static readonly OutcomeIds Safety = new("home_safety", RemainingNeedRules.HomeSafety);
    private static readonly OutcomeIds Household = new("home_environment", RemainingNeedRules.HomeEnvironment);

    /// <param name="withHousehold">Shared Lives: the carer keeps the home, so household hours count towards the band.</param>
    /// <param name="nightsAsSleepIns">Shared Lives: waking nights are paid on top, so every regular night counts as a sleep-in.</param>
    public static (decimal Hours, Tracing.TraceStep? Trace) Work(Calculation calculation, PersonFacts person, DayTasks tasks, bool withHousehold, bool nightsAsSleepIns)
    {
        var step = calculation.Step(PlannedRules.CareHours);
        step.Add(tasks.Trace);
        var taskHours = tasks.CarerHoursAWeekWithoutUnpaid;
        var safety = NeedLevel.Of(step, Safety) is { } level ? step.Model("home_safety.hours", level) : 0m;
        var supervision = HomeSafetyBlock.Supervision(step, person);
        var household = withHousehold ? HouseholdHours(step) : 0m;
        var nights = NightHours(step, nightsAsSleepIns);
        var hours = taskHours + safety + supervision + household + nights;
        step.Explain($"care tasks {taskHours:0.####} + hands-on safety {safety} + supervision {supervision:0.####}{(withHousehold ? $" + household {household}" : string.Empty)} + nights {nights:0.####} = {hours:0.####} hours a week");
        return (hours, step.Finish(hours, "hours per week"));
    }

    private static decimal HouseholdHours(StepRecorder step) =>
        NeedLevel.Of(step, Household) is { } level ? step.Model("home_environment.hours", level) + HouseholdBlock.ExtraHours(step) : 0m;

    private static decimal NightHours(StepRecorder step, bool asSleepIns)
    {
        var need = step.Answer("night.need");
        if (need is null or "none")
        {
            return 0m;
        }

        var calls = CallsBlock.Hours(step.Model("night.call_minutes"));
        if (need == "occasional")
        {
            return calls;
        }

        var kind = asSleepIns || !step.AnswerIs("night.support_type", "waking_night") ? "sleep_in" : "waking_night";
        var nights = step.Model("night.nights", step.Answer("night.nights_per_week") ?? "7");
        return Math.Max(calls, nights * step.Model("night.band_hours", kind));
    }
}
