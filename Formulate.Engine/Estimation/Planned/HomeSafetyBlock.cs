using Formulate.Engine.Estimation.Blocks;
using Formulate.Engine.Rules;

namespace Formulate.Engine.Estimation.Planned;

/// <summary>
/// Safety at home: hands-on hours for the level of need, less what is met in other ways, plus daytime supervision bought
/// only for the share of the day nobody else is with the person.
/// </summary>
internal static class HomeSafetyBlock
{
    private static readonly OutcomeIds Outcome = new("home_safety", RemainingNeedRules.HomeSafety);

    public static AreaEstimate Calculate(Calculation calculation, PersonFacts person)
    {
        var step = calculation.Step(AreaRules.Safety);
        var level = NeedLevel.Of(step, Outcome);
        if (level is null)
        {
            return AreaEstimate.None(AreaRules.Safety, UnitKind.Hours, person.DailyLivingSupportType, step.Finish(0m, "GBP per week"));
        }

        var (handsOn, handsOnWithout) = NeedLevel.WeeklyHours(step, Outcome, level);
        var supervision = Supervision(step, person);
        var others = step.Answer("home_safety.others_present");
        var bought = supervision > 0m && others is not null ? step.Model("home_safety.supervision_bought", others) : 1m;
        var boughtWithout = supervision > 0m && others is not null ? step.Model("home_safety.supervision_bought", "none") : 1m;
        step.Explain($"hands-on {handsOn:0.##} hours + supervision {supervision:0.##} hours × {bought} bought where nobody else is there");
        return AreaPricer.Price(step, person, AreaUnits.WeeklyHours(AreaRules.Safety,
            handsOn + (supervision * bought), handsOnWithout + (supervision * boughtWithout), person.DailyLivingSupportType));
    }

    /// <summary>Daytime supervision hours a week by how long the person can be left alone, × the behaviour factor.</summary>
    public static decimal Supervision(StepRecorder step, PersonFacts person)
    {
        var leftAlone = step.Answer("home_safety.left_alone");
        return leftAlone is null ? 0m : step.Model("home_safety.supervision_hours", leftAlone) * person.BehaviourFactor;
    }
}
