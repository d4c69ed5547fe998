using Formulate.Engine.Rules;

namespace Formulate.Engine.Estimation.Blocks;

/// <summary>Keeping the home habitable: hours a week by level of need, plus laundry and shopping; less in extra care housing.</summary>
internal static class HouseholdBlock
{
    private static readonly HourlyOutcome Outcome = new(AreaRules.Household, new OutcomeIds("home_environment", RemainingNeedRules.HomeEnvironment));

    private static readonly (string Question, string Code)[] ExtraTasks = [("home_environment.laundry", "laundry"), ("home_environment.shopping", "shopping")];

    public static string AreaId => Outcome.Rule.Id;

    /// <summary>What the result depends on in the setting: extra care housing, else the hourly rate.</summary>
    public static string Variant(PersonFacts person) =>
        person.LivingSituation == LivingSituations.ExtraCareHousing ? LivingSituations.ExtraCareHousing : person.DailyLivingSupportType;

    public static AreaEstimate Calculate(Calculation calculation, PersonFacts person) =>
        Outcome.Calculate(calculation, person, person.DailyLivingSupportType, (step, _) =>
        {
            var extra = ExtraHours(step);
            var factor = person.LivingSituation == LivingSituations.ExtraCareHousing ? step.Model("living.extra_care.household_factor") : 1m;
            return (extra, factor);
        });

    /// <summary>Hours a week for laundry and for shopping, where each is needed.</summary>
    public static decimal ExtraHours(StepRecorder step)
    {
        var extra = 0m;
        foreach (var (question, code) in ExtraTasks)
        {
            if (step.AnswerIs(question, "yes"))
            {
                extra += step.Model("home_environment.extra_hours", code);
            }
        }

        return extra;
    }
}
