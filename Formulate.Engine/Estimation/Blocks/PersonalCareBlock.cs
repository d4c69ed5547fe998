using Formulate.Engine.Rules;

namespace Formulate.Engine.Estimation.Blocks;

/// <summary>Washing, toilet and dressing: minutes a day per activity, made longer by memory, learning disability and transfers, in visits of at least the council's minimum.</summary>
internal static class PersonalCareBlock
{
    private static readonly RuleEntry Rule = AreaRules.PersonalCare;

    private static readonly (OutcomeIds Outcome, string MinutesPrefix)[] Activities =
    [
        (new OutcomeIds("hygiene", RemainingNeedRules.Hygiene), "personal_care.minutes.hygiene"),
        (new OutcomeIds("toileting", RemainingNeedRules.Toileting), "personal_care.minutes.toileting"),
        (new OutcomeIds("dressing", RemainingNeedRules.Dressing), "personal_care.minutes.dressing"),
    ];

    public static string AreaId => Rule.Id;

    private static readonly string[] VisitTimes = ["personal_care.morning", "personal_care.midday", "personal_care.evening", "personal_care.bedtime"];

    public static AreaEstimate Calculate(Calculation calculation, PersonFacts person)
    {
        var step = calculation.Step(Rule);
        decimal with = 0m, without = 0m;
        foreach (var (outcome, minutesPrefix) in Activities)
        {
            var level = NeedLevel.Of(step, outcome);
            if (level is null)
            {
                continue;
            }

            var minutes = step.Model(minutesPrefix, level);
            var (shareWith, shareWithout) = OutcomeShare.Remaining(step, outcome);
            with += minutes * shareWith;
            without += minutes * shareWithout;
        }

        if (without <= 0m)
        {
            return AreaEstimate.None(Rule, UnitKind.Hours, person.DailyLivingSupportType, step.Finish(0m, "GBP per week"));
        }

        var visits = Math.Max(1, VisitTimes.Count(time => step.AnswerIs(time, "yes")));
        var minimum = step.Config("minimum.visit_minutes.personal_care");
        decimal PerDay(decimal minutes) => VisitTime.MinutesPerDay(minutes * person.CareTimeFactor, visits, minimum);
        step.Explain($"{with:0.##} minutes a day × care time factor {person.CareTimeFactor:0.####} = {with * person.CareTimeFactor:0.##} minutes, paid as up to {visits} visits of at least {minimum} minutes: {PerDay(with):0.##} minutes a day");

        return AreaPricer.Price(step, person, AreaUnits.WeeklyHours(Rule, NeedLevel.HoursFromMinutesPerDay(PerDay(with)), NeedLevel.HoursFromMinutesPerDay(PerDay(without)), person.DailyLivingSupportType));
    }
}
