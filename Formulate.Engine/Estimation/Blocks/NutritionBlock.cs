namespace Formulate.Engine.Estimation.Blocks;

/// <summary>Meals and drinks: minutes per meal by the kind of help, scaled by level of need, in visits of at least the council's minimum.</summary>
internal static class NutritionBlock
{
    public const string AreaId = "eating-drinking";
    private const string AreaLabel = "Eating and drinking";
    private static readonly OutcomeIds Outcome = new("nutrition", "eat and drink well");

    public static AreaEstimate Calculate(Calculation calculation, PersonFacts person)
    {
        var step = calculation.Step(AreaId, "Eating and drinking: preparing meals and help to eat and drink");
        var level = NeedLevel.Of(step, Outcome);
        if (level is null)
        {
            return AreaEstimate.None(AreaId, AreaLabel, UnitKind.Hours, person.DailyLivingSupportType, step.Finish(0m, "GBP per week"));
        }

        var meals = step.Answer("nutrition.meals_per_day") switch { "three" => 3, "two" => 2, _ => 1 };
        var kind = step.Answer("nutrition.support_type") ?? "prepare_only";
        var baseMinutes = step.Model("nutrition.minutes_per_meal", kind) * step.Model("nutrition.level_factor", level) * person.MealTimeFactor;
        var minimum = step.Config("minimum.visit_minutes.nutrition", kind);
        var (shareWith, shareWithout) = OutcomeShare.Remaining(step, Outcome);
        decimal PerDay(decimal share) => VisitTime.MinutesPerDay(meals * baseMinutes * share, meals, minimum);
        step.Explain($"{meals} meals × {baseMinutes * shareWith:0.##} minutes, paid as up to {meals} visits of at least {minimum} minutes: {PerDay(shareWith):0.##} minutes a day");

        return AreaPricer.Price(step, person, AreaUnits.WeeklyHours(AreaId, AreaLabel, NeedLevel.HoursFromMinutesPerDay(PerDay(shareWith)), NeedLevel.HoursFromMinutesPerDay(PerDay(shareWithout)), person.DailyLivingSupportType));
    }
}
