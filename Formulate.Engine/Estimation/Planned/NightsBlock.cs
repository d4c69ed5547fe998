using Formulate.Engine.Rules;

namespace Formulate.Engine.Estimation.Planned;

/// <summary>
/// Nights, counted the same way in every setting: an occasional need is a short night call each night; a regular or
/// continuous need is sleep-in or waking nights, divided among the people who share them, and never less than the
/// night calls an occasional need would have, so more night need never lowers the estimate.
/// </summary>
internal static class NightsBlock
{
    private static readonly RuleEntry Rule = AreaRules.NightSupport;

    /// <param name="wakingOnly">Shared Lives: the carer's fee covers night calls and sleep-ins, so only waking nights are paid.</param>
    public static AreaEstimate Calculate(Calculation calculation, PersonFacts person, bool wakingOnly = false)
    {
        var step = calculation.Step(Rule);
        var need = step.Answer("night.need");
        var waking = step.AnswerIs("night.support_type", "waking_night");
        if (need is null or "none" || (wakingOnly && (need == "occasional" || !waking)))
        {
            return AreaEstimate.None(Rule, UnitKind.Nights, SupportTypes.SleepInNight, step.Finish(0m, "GBP per week"));
        }

        var unpaid = OutcomeShare.Deduction(step, "night.unpaid", "deduction.unpaid");
        var sustained = unpaid > 0m ? OutcomeShare.Sustainability(step, "night.unpaid_sustainable") : 0m;
        var share = 1m - (unpaid * sustained);
        var callHours = CallsBlock.Hours(step.Model("night.call_minutes"));
        var dailyRate = step.Rate(person.DailyLivingSupportType, person.PrimarySupportReason);
        if (need == "occasional")
        {
            step.Explain($"a night call each night: {callHours:0.##} hours a week × (1 − {unpaid} × {sustained})");
            return AreaPricer.Price(step, person, AreaUnits.WeeklyHours(Rule, callHours * share, callHours, person.DailyLivingSupportType));
        }

        var nights = step.Model("night.nights", step.Answer("night.nights_per_week") ?? "7");
        var sharedBy = wakingOnly ? 1m : SharedBy(step, person);
        var hoursPerNight = waking ? step.Model("night.waking_hours_per_night") : 0m;
        var perNight = (waking ? hoursPerNight * step.Rate(SupportTypes.WakingNightHour, person.PrimarySupportReason)
            : step.Rate(SupportTypes.SleepInNight, person.PrimarySupportReason)) / sharedBy;
        if (!wakingOnly && nights * perNight < callHours * dailyRate)
        {
            step.Explain($"{nights} shared nights at £{perNight:N2} cost less than a night call each night, so the night calls are planned");
            return AreaPricer.Price(step, person, AreaUnits.WeeklyHours(Rule, callHours * share, callHours, person.DailyLivingSupportType));
        }

        // A night's hours: a waking night's, or the hours a sleep-in counts for; never fewer than a night call each night.
        var hoursEachNight = Math.Max((waking ? hoursPerNight : step.Model("night.band_hours.sleep_in")) / sharedBy, nights > 0m ? callHours / nights : 0m);
        step.Explain($"{nights} nights a week × (1 − {unpaid} × {sustained}) at £{perNight:N4} a night{(sharedBy > 1m ? $", shared by {sharedBy}" : string.Empty)}");
        return AreaPricer.Price(step, person, new AreaUnits
        {
            AreaId = Rule.Id,
            Area = waking ? LineRules.WakingNights.Label : LineRules.SleepInNights.Label,
            Units = nights * share,
            UnitsWithoutUnpaid = nights,
            Kind = UnitKind.Nights,
            SupportType = waking ? SupportTypes.WakingNightHour : SupportTypes.SleepInNight,
            Rate = perNight,
            HoursPerUnit = hoursEachNight,
        });
    }

    private static decimal SharedBy(StepRecorder step, PersonFacts person)
    {
        var shared = person.LivingSituation is LivingSituations.SupportedLiving or LivingSituations.ExtraCareHousing
            && step.AnswerIs("night.shared", "yes") && step.Policy("policy.shared_nights_divided");
        if (!shared)
        {
            return 1m;
        }

        return person.LivingSituation == LivingSituations.SupportedLiving ? SharedSetting.People(step) : step.Config("extra_care.night_sharing");
    }
}
