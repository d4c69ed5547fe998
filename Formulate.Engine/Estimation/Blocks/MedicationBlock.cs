using Formulate.Engine.Rules;

namespace Formulate.Engine.Estimation.Blocks;

/// <summary>Medicines and delegated health tasks: minutes per time medicines are given, plus minutes a day per health task.</summary>
internal static class MedicationBlock
{
    private static readonly RuleEntry Rule = AreaRules.Medication;
    private static readonly (string Question, string Code)[] HealthTasks =
        [("health.peg_feeding", "peg_feeding"), ("health.catheter_stoma", "catheter_stoma"), ("health.pressure_care", "pressure_care")];

    public static string AreaId => Rule.Id;

    public static AreaEstimate Calculate(Calculation calculation, PersonFacts person)
    {
        var step = calculation.Step(Rule);
        var minutesPerDay = 0m;
        var support = step.Answer("medication.support");
        if (support is not null and not "none")
        {
            var times = step.Answer("medication.times_per_day") switch { "4_plus" => 4, "3" => 3, "2" => 2, _ => 1 };
            minutesPerDay += times * step.Model("medication.minutes", support);
        }

        if (step.AnswerIs("health.tasks", "yes"))
        {
            foreach (var (question, code) in HealthTasks)
            {
                if (step.AnswerIs(question, "yes"))
                {
                    minutesPerDay += step.Model("health.minutes", code);
                }
            }
        }

        if (minutesPerDay <= 0m)
        {
            return AreaEstimate.None(Rule, UnitKind.Hours, person.DailyLivingSupportType, step.Finish(0m, "GBP per week"));
        }

        var unpaid = OutcomeShare.Deduction(step, "medication.unpaid", "deduction.unpaid");
        var sustained = unpaid > 0m ? OutcomeShare.Sustainability(step, "medication.unpaid_sustainable") : 0m;
        var share = 1m - (unpaid * sustained);
        step.Explain($"{minutesPerDay} minutes a day × (1 − {unpaid} × {sustained}) left for paid support");

        return AreaPricer.Price(step, person, AreaUnits.WeeklyHours(Rule, NeedLevel.HoursFromMinutesPerDay(minutesPerDay * share), NeedLevel.HoursFromMinutesPerDay(minutesPerDay), person.DailyLivingSupportType));
    }
}
