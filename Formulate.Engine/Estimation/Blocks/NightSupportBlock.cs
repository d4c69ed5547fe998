using Formulate.Engine.Rules;

namespace Formulate.Engine.Estimation.Blocks;

/// <summary>Night-time needs: short night calls for occasional needs; sleep-in or waking nights for regular or continuous needs.</summary>
internal static class NightSupportBlock
{
    private static readonly RuleEntry Rule = AreaRules.NightSupport;

    public static string AreaId => Rule.Id;

    public static AreaEstimate Calculate(Calculation calculation, PersonFacts person)
    {
        var step = calculation.Step(Rule);
        var need = step.Answer("night.need");
        if (need is null or "none")
        {
            return AreaEstimate.None(Rule, UnitKind.Nights, SupportTypes.SleepInNight, step.Finish(0m, "GBP per week"));
        }

        var unpaid = OutcomeShare.Deduction(step, "night.unpaid", "deduction.unpaid");
        var sustained = unpaid > 0m ? OutcomeShare.Sustainability(step, "night.unpaid_sustainable") : 0m;
        var share = 1m - (unpaid * sustained);

        if (need == "occasional")
        {
            var hours = NeedLevel.HoursFromMinutesPerDay(step.Model("night.occasional_minutes_per_night"));
            return AreaPricer.Price(step, person, AreaUnits.WeeklyHours(Rule, hours * share, hours, person.DailyLivingSupportType));
        }

        var nights = step.Model("night.nights", step.Answer("night.nights_per_week") ?? "7");
        step.Explain($"{nights} nights a week × (1 − {unpaid} × {sustained}) not covered by unpaid support");
        if (step.AnswerIs("night.support_type", "waking_night"))
        {
            var hoursPerNight = step.Model("night.waking_hours_per_night");
            var perNight = hoursPerNight * step.Rate(SupportTypes.WakingNightHour, person.PrimarySupportReason);
            return AreaPricer.Price(step, person, new AreaUnits
            {
                AreaId = Rule.Id, Area = LineRules.WakingNights.Label, Units = nights * share, UnitsWithoutUnpaid = nights,
                Kind = UnitKind.Nights, SupportType = SupportTypes.WakingNightHour, Rate = perNight, HoursPerUnit = hoursPerNight,
            });
        }

        return AreaPricer.Price(step, person, new AreaUnits
        {
            AreaId = Rule.Id, Area = LineRules.SleepInNights.Label, Units = nights * share, UnitsWithoutUnpaid = nights,
            Kind = UnitKind.Nights, SupportType = SupportTypes.SleepInNight, HoursPerUnit = 0m,
        });
    }
}
