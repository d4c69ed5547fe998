using Formulate.Engine.Rules;

namespace Formulate.Engine.Estimation.Blocks;

/// <summary>Meals and drinks: minutes per meal by the kind of help, scaled by level of need, in visits of at least the council's minimum.</summary>
internal static class NutritionBlock
{
    private static readonly RuleEntry Rule = AreaRules.EatingAndDrinking;
    private static readonly OutcomeIds Outcome = new("nutrition", RemainingNeedRules.Nutrition);

    public static string AreaId => Rule.Id;

    public static AreaEstimate Calculate(Calculation calculation, PersonFacts person)
    {
        var step = calculation.Step(Rule);
        var level = NeedLevel.Of(step, Outcome);
        if (level is null)
        {
            return AreaEstimate.None(Rule, UnitKind.Hours, person.DailyLivingSupportType, step.Finish(0m, "GBP per week"));
        }

        var meals = step.Answer("nutrition.meals_per_day") switch { "three" => 3, "two" => 2, _ => 1 };
        var kind = step.Answer("nutrition.support_type") ?? "prepare_only";
        var baseMinutes = step.Model("nutrition.minutes_per_meal", kind) * step.Model("nutrition.level_factor", level) * person.MealTimeFactor;
        var minimum = step.Config("minimum.visit_minutes.nutrition", kind);
        var (shareWith, shareWithout) = OutcomeShare.Remaining(step, Outcome);
        decimal PerDay(decimal share) => VisitTime.MinutesPerDay(meals * baseMinutes * share, meals, minimum);
        step.Explain($"{meals} meals × {baseMinutes * shareWith:0.##} minutes, paid as up to {meals} visits of at least {minimum} minutes: {PerDay(shareWith):0.##} minutes a day");

        return AreaPricer.Price(step, person, AreaUnits.WeeklyHours(Rule, NeedLevel.HoursFromMinutesPerDay(PerDay(shareWith)), NeedLevel.HoursFromMinutesPerDay(PerDay(shareWithout)), person.DailyLivingSupportType));
    }
}
