namespace Formulate.Engine.Estimation.Blocks;

internal static class NeedLevel
{
    /// <summary>The outcome's level of need, or null when there is none.</summary>
    public static string? Of(StepRecorder step, OutcomeIds outcome)
    {
        var level = step.Answer(outcome.Need);
        return level is null or "none" ? null : level;
    }

    /// <summary>Hours a week for the level of need, less what strengths, community and unpaid support meet.</summary>
    public static (decimal With, decimal Without) WeeklyHours(StepRecorder step, OutcomeIds outcome, string level, decimal extraHours = 0m)
    {
        var hours = step.Model(outcome.HoursPrefix, level) + extraHours;
        var (with, without) = OutcomeShare.Remaining(step, outcome);
        return (hours * with, hours * without);
    }

    public static decimal HoursFromMinutesPerDay(decimal minutesPerDay) => minutesPerDay * 7m / 60m;
}
