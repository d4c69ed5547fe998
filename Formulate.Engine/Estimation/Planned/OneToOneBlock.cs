using Formulate.Engine.Estimation.Blocks;
using Formulate.Engine.Rules;

namespace Formulate.Engine.Estimation.Planned;

/// <summary>
/// One-to-one hours in supported living and extra care housing: behaviour that challenges, supervision beyond the core,
/// hands-on safety, and in supported living the share of the day's care tasks the core staff do not give.
/// </summary>
internal static class OneToOneBlock
{
    private static readonly OutcomeIds Safety = new("home_safety", RemainingNeedRules.HomeSafety);

    public static AreaEstimate Calculate(Calculation calculation, PersonFacts person, DayTasks tasks)
    {
        var step = calculation.Step(PlannedRules.OneToOne);
        var behaviour = BehaviourHours(step);
        var extraCare = person.LivingSituation == LivingSituations.ExtraCareHousing;
        var leftAlone = step.Answer("home_safety.left_alone");
        var supervision = leftAlone is null ? 0m : step.Model("one_to_one.hours.supervision", leftAlone)
            * (extraCare ? step.Model("living.extra_care.supervision_factor") : 1m);
        var level = NeedLevel.Of(step, Safety);
        var (handsOn, handsOnWithout) = level is null ? (0m, 0m) : NeedLevel.WeeklyHours(step, Safety, level);
        decimal tasksShare = 0m, taskHours = 0m, taskHoursWithout = 0m;
        if (!extraCare)
        {
            step.Add(tasks.Trace);
            // A person who shares with no one, or in a council that funds no core hours, has no core staff: all their
            // care tasks are one to one.
            tasksShare = SharedSetting.People(step) == 1 || step.Config("core_hours.supported_living") == 0m ? 1m : 1m - step.Model("supported_living.core_share_of_tasks");
            taskHours = tasks.CarerHoursAWeek;
            taskHoursWithout = tasks.CarerHoursAWeekWithoutUnpaid;
        }

        var with = behaviour + supervision + ((handsOn + taskHours) * (extraCare ? 1m : tasksShare));
        var without = behaviour + supervision + ((handsOnWithout + taskHoursWithout) * (extraCare ? 1m : tasksShare));
        step.Explain($"behaviour {behaviour:0.####} + supervision {supervision:0.####} + (hands-on safety {handsOn:0.####} + care tasks {taskHours:0.####}) × {(extraCare ? 1m : tasksShare)} = {with:0.####} hours a week");
        if (without <= 0m)
        {
            return AreaEstimate.None(PlannedRules.OneToOne, UnitKind.Hours, person.DailyLivingSupportType, step.Finish(0m, "GBP per week"));
        }

        return AreaPricer.Price(step, person, AreaUnits.WeeklyHours(PlannedRules.OneToOne, with, without, person.DailyLivingSupportType));
    }

    private static decimal BehaviourHours(StepRecorder step)
    {
        if (!step.AnswerIs("behaviour.present", "yes") || step.Answer("behaviour.risk") is not { } risk)
        {
            return 0m;
        }

        var hours = step.Model("one_to_one.hours.behaviour", risk);
        var frequency = step.Answer("behaviour.frequency");
        var often = frequency is null ? 1m : step.Model("one_to_one.factor.frequency", frequency);
        var unpredictable = step.AnswerIs("behaviour.predictable", "no") ? step.Model("one_to_one.factor.unpredictable") : 1m;
        return hours * often * unpredictable;
    }
}
