using Formulate.Engine.Rules;
using Formulate.Engine.Text;

namespace Formulate.Engine.Estimation.Planned;

/// <summary>
/// A care home at the fee for the home's type and band from the council's fee schedule, flat within a band, with
/// one-to-one hours on top; or, where the council's policy is to price by hours, care hours × the staff rate + the named
/// non-staffing costs, with no cliff. NHS-funded nursing care is shown apart: the NHS pays it, not the budget.
/// </summary>
internal static class CareHomeFeeBlock
{
    public static IReadOnlyList<AreaEstimate> Calculate(Calculation calculation, PersonFacts person, DayTasks tasks)
    {
        var step = calculation.Step(AreaRules.CareHome);
        var nursing = person.LivingSituation == LivingSituations.NursingCare;
        var home = nursing ? "nursing" : "residential";
        var line = nursing ? LineRules.NursingHome : LineRules.ResidentialHome;
        var (hours, trace) = CareHours.Work(calculation, person, tasks, withHousehold: false, nightsAsSleepIns: false);
        step.Add(trace);
        decimal weekly;
        if (step.Policy("policy.care_home.hours_based_budget"))
        {
            var staff = step.Rate(SupportTypes.CareHomeStaffHour, person.PrimarySupportReason);
            var nonStaffing = step.Config($"rate.care_home.{home}.non_staffing");
            weekly = Money.Round((hours * staff) + nonStaffing, person.RoundingIncrement);
            step.Explain($"{hours:0.##} care hours × £{staff:N2} + non-staffing costs £{nonStaffing:N2}");
        }
        else
        {
            var reason = EnhancedBandReason(step, hours, nursing);
            var band = reason is null ? "standard" : "enhanced";
            var type = step.Answer("care_home.type");
            var specialist = type is null or "general" ? null : $"fee.care_home.{home}.{type}.{band}";
            var key = specialist is not null && calculation.Configuration.Resolve(specialist, null, calculation.Date)?.Value is not null
                ? specialist : $"fee.care_home.{home}.{band}";
            weekly = step.Config(key);
            step.Explain($"{hours:0.##} care hours a week{(reason is null ? string.Empty : $", {reason}")}: the {band} band; {key} £{weekly:N2} a week");
        }

        if (nursing)
        {
            var nhs = step.Config("nhs.funded_nursing_care_weekly");
            step.Explain($"NHS-funded nursing care (£{nhs:N2} a week) is paid by the NHS on top and is not part of this budget");
        }

        var fee = AreaPricer.Price(step, person, new AreaUnits
        {
            AreaId = AreaRules.CareHome.Id,
            Area = line.Label,
            Units = 1m,
            UnitsWithoutUnpaid = 1m,
            Kind = UnitKind.Weeks,
            SupportType = SupportTypes.CareHome,
            Rate = weekly,
            HoursPerUnit = 0m,
        });
        return [fee, OneToOne(calculation, person)];
    }

    /// <summary>
    /// Why the home is paid its enhanced band, or null for the standard band: the care hours at or above the model's
    /// threshold, or a need that councils' fee schedules pay the enhanced band for whatever the hours (behaviour that
    /// challenges, memory problems with behaviour, two carers for every move, and in nursing homes waking nights or medicines
    /// that need a nurse's monitoring).
    /// </summary>
    private static string? EnhancedBandReason(StepRecorder step, decimal hours, bool nursing)
    {
        var threshold = step.Model("care_home.enhanced_band_hours");
        if (hours >= threshold)
        {
            return string.Create(UkFormat.Culture, $"at least {threshold:0.##} care hours");
        }

        if (step.AnswerIs("behaviour.present", "yes"))
        {
            if (step.Answer("behaviour.risk") is "moderate" or "high" or "severe")
            {
                return $"{step.Answer("behaviour.risk")} risk behaviour";
            }

            if (step.Answer("cognition.memory") is "significant" or "severe")
            {
                return "behaviour with significant memory problems";
            }
        }

        if (step.AnswerIs("mobility.transfers", "two_carers") && step.Answer("mobility.two_carers_scope") != "some_transfers")
        {
            return "two carers for every move";
        }

        if (!nursing)
        {
            return null;
        }

        return step.AnswerIs("night.need", "continuous") ? "waking nights"
            : step.AnswerIs("medication.support", "complex") ? "medicines that need monitoring"
            : null;
    }

    private static AreaEstimate OneToOne(Calculation calculation, PersonFacts person)
    {
        var step = calculation.Step(PlannedRules.CareHomeOneToOne);
        var answer = step.Answer("care_home.one_to_one");
        if (answer is null or "none")
        {
            return AreaEstimate.None(PlannedRules.CareHomeOneToOne, UnitKind.Hours, SupportTypes.CareHomeOneToOneHour, step.Finish(0m, "GBP per week"));
        }

        var hours = step.Model("care_home.one_to_one_hours", answer);
        return AreaPricer.Price(step, person, AreaUnits.WeeklyHours(PlannedRules.CareHomeOneToOne, hours, hours, SupportTypes.CareHomeOneToOneHour));
    }
}
