using Formulate.Engine.Rules;

namespace Formulate.Engine.Estimation.Planned;

/// <summary>
/// The minutes of each task at each time of day, with and without unpaid help: what calls, one-to-one hours and bands
/// are built from. A time's task time is its heaviest task, since a meal or medicines are given during a personal care
/// call; delegated health tasks are added to the morning.
/// </summary>
internal sealed class DayTasks
{
    private static readonly (OutcomeIds Outcome, string MinutesPrefix)[] Activities =
    [
        (new OutcomeIds("hygiene", RemainingNeedRules.Hygiene), "calls.minutes.hygiene"),
        (new OutcomeIds("toileting", RemainingNeedRules.Toileting), "calls.minutes.toileting"),
        (new OutcomeIds("dressing", RemainingNeedRules.Dressing), "calls.minutes.dressing"),
    ];

    private const int Hygiene = 0;
    private const int Toileting = 1;
    private const int Dressing = 2;

    private static readonly OutcomeIds Nutrition = new("nutrition", RemainingNeedRules.Nutrition);

    private static readonly (string Question, string Code)[] HealthTasks =
        [("health.peg_feeding", "peg_feeding"), ("health.catheter_stoma", "catheter_stoma"), ("health.pressure_care", "pressure_care")];

    private DayTasks()
    {
    }

    /// <summary>Task minutes at each time, with unpaid help counted.</summary>
    public decimal[] Minutes { get; } = new decimal[DayTimes.Count];

    /// <summary>Task minutes at each time, before unpaid help.</summary>
    public decimal[] MinutesWithoutUnpaid { get; } = new decimal[DayTimes.Count];

    /// <summary>Whether two carers are needed at each time: every call when every transfer needs two people (moving the person to eat or take medicines needs two as well), or the morning and bedtime personal care calls when some do.</summary>
    public bool[] DoubleUp { get; } = new bool[DayTimes.Count];

    public Tracing.TraceStep? Trace { get; private set; }

    public decimal MinutesADay => Sum(Minutes, all: true);

    /// <summary>Carers' hours a week for the day's tasks, a second carer's counted where two are needed.</summary>
    public decimal CarerHoursAWeek => CallsBlock.Hours(MinutesADay + Sum(Minutes, all: false));

    /// <summary>The same before unpaid help.</summary>
    public decimal CarerHoursAWeekWithoutUnpaid => CallsBlock.Hours(Sum(MinutesWithoutUnpaid, all: true) + Sum(MinutesWithoutUnpaid, all: false));

    public static DayTasks Work(Calculation calculation, PersonFacts person)
    {
        var step = calculation.Step(PlannedRules.DailyTasks);
        var tasks = new DayTasks();
        Span<decimal> care = stackalloc decimal[DayTimes.Count];
        Span<decimal> careWithout = stackalloc decimal[DayTimes.Count];
        Span<bool> careCall = stackalloc bool[DayTimes.Count];
        Span<bool> washAndDress = stackalloc bool[DayTimes.Count];
        for (var time = 0; time < DayTimes.Count; time++)
        {
            careCall[time] = step.AnswerIs(DayTimes.PersonalCare[time], "yes");
            washAndDress[time] = careCall[time] && DayTimes.WashAndDress(time);
        }

        Span<string?> levels = [null, null, null];
        for (var activity = 0; activity < Activities.Length; activity++)
        {
            levels[activity] = Blocks.NeedLevel.Of(step, Activities[activity].Outcome);
        }

        PlanTheCallsTheNeedImplies(step, levels, careCall, washAndDress);

        for (var activity = 0; activity < Activities.Length; activity++)
        {
            var (outcome, prefix) = Activities[activity];
            var level = levels[activity];
            if (level is null)
            {
                continue;
            }

            var minutes = step.Model(prefix, level) * person.CareTimeFactor;
            var (share, shareWithout) = OutcomeShare.Remaining(step, outcome);
            share = LeftToPaidCarers(step, share);
            for (var time = 0; time < DayTimes.Count; time++)
            {
                if (careCall[time] && (outcome.Id == "toileting" || washAndDress[time]))
                {
                    care[time] += minutes * share;
                    careWithout[time] += minutes * shareWithout;
                }
            }
        }

        var (meal, mealWithout) = MealMinutes(step, person);
        var (medicine, medicineWithout) = MedicineMinutes(step);
        var health = HealthMinutes(step);
        var twoCarers = step.AnswerIs("mobility.transfers", "two_carers") && !FamilyIsSecondCarer(step);
        var atEveryTransfer = !twoCarers || step.Answer("mobility.two_carers_scope") != "some_transfers";
        for (var time = 0; time < DayTimes.Count; time++)
        {
            var hasMeal = DayTimes.Meal[time] is { } mealQuestion && mealWithout > 0m && step.AnswerIs(mealQuestion, "yes");
            var hasMedicine = medicineWithout > 0m && step.AnswerIs(DayTimes.Medicine[time], "yes");
            var extra = time == DayTimes.Morning ? health : 0m;
            tasks.Minutes[time] = Math.Max(care[time], Math.Max(hasMeal ? meal : 0m, hasMedicine ? medicine : 0m)) + extra;
            tasks.MinutesWithoutUnpaid[time] = Math.Max(careWithout[time], Math.Max(hasMeal ? mealWithout : 0m, hasMedicine ? medicineWithout : 0m)) + extra;
            tasks.DoubleUp[time] = twoCarers && (atEveryTransfer ? tasks.MinutesWithoutUnpaid[time] > 0m : careWithout[time] > 0m && washAndDress[time]);
            step.Explain($"{DayTimes.Names[time]}: personal care {care[time]:0.####}, meal {(hasMeal ? meal : 0m):0.####}, medicines {(hasMedicine ? medicine : 0m):0.####}, health tasks {extra}: {tasks.Minutes[time]:0.####} minutes{(tasks.DoubleUp[time] ? ", two carers" : string.Empty)}");
        }

        tasks.Trace = step.Finish(tasks.MinutesADay, "minutes per day");
        return tasks;
    }

    private static (decimal With, decimal Without) MealMinutes(StepRecorder step, PersonFacts person)
    {
        var level = Blocks.NeedLevel.Of(step, Nutrition);
        if (level is null)
        {
            return (0m, 0m);
        }

        var kind = step.Answer("nutrition.support_type") ?? "prepare_only";
        var minutes = step.Model("nutrition.minutes_per_meal", kind) * step.Model("nutrition.level_factor", level) * person.MealTimeFactor;
        var (share, shareWithout) = OutcomeShare.Remaining(step, Nutrition);
        share = LeftToPaidCarers(step, share);
        return (minutes * share, minutes * shareWithout);
    }

    private static (decimal With, decimal Without) MedicineMinutes(StepRecorder step)
    {
        var support = step.Answer("medication.support");
        if (support is null or "none")
        {
            return (0m, 0m);
        }

        var minutes = step.Model("medication.minutes", support);
        var unpaid = OutcomeShare.Deduction(step, "medication.unpaid", "deduction.unpaid");
        var sustained = unpaid > 0m ? OutcomeShare.Sustainability(step, "medication.unpaid_sustainable") : 0m;
        return (minutes * LeftToPaidCarers(step, 1m - (unpaid * sustained)), minutes);
    }

    /// <summary>
    /// Adds the personal care calls the levels of need imply to those recorded, so that a recorded need is always met:
    /// washing and dressing in the morning, the toilet through the day beyond prompting, getting ready for bed when
    /// help to dress goes beyond prompting.
    /// </summary>
    private static void PlanTheCallsTheNeedImplies(StepRecorder step, ReadOnlySpan<string?> levels, Span<bool> careCall, Span<bool> washAndDress)
    {
        // Washing and dressing are done in the morning: a need for them is planned there even when no morning call is
        // recorded, so that the need is met whatever other times are recorded.
        if (!careCall[DayTimes.Morning] && (levels[Hygiene] is not null || levels[Dressing] is not null))
        {
            careCall[DayTimes.Morning] = washAndDress[DayTimes.Morning] = true;
            step.Explain($"washing and dressing are done in the morning: a morning call is planned though none is recorded");
        }

        // The level of need implies calls as well as their length: help with the toilet beyond prompting is needed
        // through the day (a call at each time), and help to dress beyond prompting means getting ready for bed too.
        // Calls are planned at those times whether or not they are recorded, so a recorded need is always met.
        if (BeyondPrompting(levels[Toileting]) && careCall.Contains(false))
        {
            for (var time = 0; time < DayTimes.Count; time++)
            {
                careCall[time] = true;
                washAndDress[time] |= DayTimes.WashAndDress(time);
            }

            step.Explain($"help with the toilet ({levels[Toileting]}) is needed through the day: a call at each time of day");
        }

        if (BeyondPrompting(levels[Dressing]) && !careCall[DayTimes.Bedtime])
        {
            careCall[DayTimes.Bedtime] = washAndDress[DayTimes.Bedtime] = true;
            step.Explain($"help to dress ({levels[Dressing]}) includes getting ready for bed: a bedtime call");
        }
    }

    private static bool BeyondPrompting(string? level) => level is "some" or "most" or "all";

    /// <summary>Where the council counts on it, a willing family member at home is the second person for transfers.</summary>
    private static bool FamilyIsSecondCarer(StepRecorder step)
    {
        if (!step.Policy("policy.family_as_second_carer") || !step.AnswerIs("carer.lives_with_person", "yes") || step.AnswerIs("carer.willing", "no"))
        {
            return false;
        }

        step.Explain($"a family member at home is the second person for transfers, as the council plans: one paid carer at each call");
        return true;
    }

    /// <summary>
    /// The share of a task paid carers are booked for: none where unpaid help leaves only a small part of it, since a
    /// carer does not call for a part of a task the family does most of.
    /// </summary>
    private static decimal LeftToPaidCarers(StepRecorder step, decimal share) =>
        share < 1m && share <= step.Model("calls.family_takes_task_share") ? 0m : share;

    private static decimal HealthMinutes(StepRecorder step)
    {
        var minutes = 0m;
        if (step.AnswerIs("health.tasks", "yes"))
        {
            foreach (var (question, code) in HealthTasks)
            {
                if (step.AnswerIs(question, "yes"))
                {
                    minutes += step.Model("health.minutes", code);
                }
            }
        }

        return minutes;
    }

    private decimal Sum(decimal[] minutes, bool all)
    {
        var sum = 0m;
        for (var time = 0; time < DayTimes.Count; time++)
        {
            sum += all || DoubleUp[time] ? minutes[time] : 0m;
        }

        return sum;
    }
}
