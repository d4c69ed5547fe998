namespace Formulate.Engine.Estimation.Blocks;

/// <summary>Night-time needs: short night calls for occasional needs; sleep-in or waking nights for regular or continuous needs.</summary>
internal static class NightSupportBlock
{
    public const string AreaId = "night-support";
    private const string AreaLabel = "Support at night";

    public static AreaEstimate Calculate(Calculation calculation, PersonFacts person)
    {
        var step = calculation.Step(AreaId, "Support at night");
        var need = step.Answer("night.need");
        if (need is null or "none")
        {
            return AreaEstimate.None(AreaId, AreaLabel, UnitKind.Nights, SupportTypes.SleepInNight, step.Finish(0m, "GBP per week"));
        }

        var unpaid = OutcomeShare.Deduction(step, "night.unpaid", "deduction.unpaid");
        var sustained = unpaid > 0m ? OutcomeShare.Sustainability(step, "night.unpaid_sustainable") : 0m;
        var share = 1m - (unpaid * sustained);

        if (need == "occasional")
        {
            var hours = NeedLevel.HoursFromMinutesPerDay(step.Model("night.occasional_minutes_per_night"));
            return AreaPricer.Price(step, person, AreaUnits.WeeklyHours(AreaId, AreaLabel, hours * share, hours, person.DailyLivingSupportType));
        }

        var nights = step.Model("night.nights", step.Answer("night.nights_per_week") ?? "7");
        step.Explain($"{nights} nights a week × (1 − {unpaid} × {sustained}) not covered by unpaid support");
        if (step.AnswerIs("night.support_type", "waking_night"))
        {
            var hoursPerNight = step.Model("night.waking_hours_per_night");
            var perNight = hoursPerNight * step.Rate(SupportTypes.WakingNightHour, person.PrimarySupportReason);
            return AreaPricer.Price(step, person, new AreaUnits
            {
                AreaId = AreaId, Area = "Waking nights", Units = nights * share, UnitsWithoutUnpaid = nights,
                Kind = UnitKind.Nights, SupportType = SupportTypes.WakingNightHour, Rate = perNight, HoursPerUnit = hoursPerNight,
            });
        }

        return AreaPricer.Price(step, person, new AreaUnits
        {
            AreaId = AreaId, Area = "Sleep-in nights", Units = nights * share, UnitsWithoutUnpaid = nights,
            Kind = UnitKind.Nights, SupportType = SupportTypes.SleepInNight, HoursPerUnit = 0m,
        });
    }
}
