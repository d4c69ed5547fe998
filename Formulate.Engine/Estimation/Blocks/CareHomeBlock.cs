using Formulate.Engine.Rules;

namespace Formulate.Engine.Estimation.Blocks;

/// <summary>
/// Care homes: lower bands get the council's banded weekly fee; the highest band gets a calculated budget of care hours
/// in a care-home setting × the staff rate, plus the non-staffing (hotel) costs. Unpaid support does not reduce it.
/// </summary>
internal static class CareHomeBlock
{
    public static string AreaId => AreaRules.CareHome.Id;

    private static readonly CareHome Residential = new("residential", LineRules.ResidentialHome);
    private static readonly CareHome Nursing = new("nursing", LineRules.NursingHome);

    public static AreaEstimate Calculate(Calculation calculation, PersonFacts person, IReadOnlyList<AreaEstimate> careNeeds)
    {
        var step = calculation.Step(AreaRules.CareHome);
        foreach (var need in careNeeds)
        {
            step.Add(need.Trace);
        }

        var home = person.LivingSituation == LivingSituations.NursingCare ? Nursing : Residential;
        var hours = 0m;
        foreach (var need in careNeeds)
        {
            hours += need.Line.UnitKind == UnitKind.Hours ? need.UnitsWithoutUnpaid : 0m;
        }

        var oneToOne = step.Answer("care_home.one_to_one");
        var careHours = (hours * step.Model("care_home.hours_factor")) +
                        (oneToOne is null or "none" ? 0m : step.Model("care_home.one_to_one_hours", oneToOne));
        var band = Band(step, careHours);
        var bandTwo = step.Rate(home.BandTwo, person.PrimarySupportReason);
        var weekly = band switch
        {
            1 => step.Rate(home.BandOne, person.PrimarySupportReason),
            2 => bandTwo,
            _ => Math.Max(bandTwo, Money.Round(
                (careHours * step.Rate(SupportTypes.CareHomeStaffHour, person.PrimarySupportReason)) + step.Config(home.NonStaffingKey),
                person.RoundingIncrement)),
        };
        step.Explain($"{careHours:0.##} hours of care a week in a care home: band {band}");
        if (home == Nursing)
        {
            var nhs = step.Config("nhs.funded_nursing_care_weekly");
            step.Explain($"NHS-funded nursing care (£{nhs:N2} a week) is paid by the NHS on top and is not part of this budget");
        }

        return AreaPricer.Price(step, person, new AreaUnits
        {
            AreaId = AreaId,
            Area = home.Line.Label,
            Units = 1m,
            UnitsWithoutUnpaid = 1m,
            Kind = UnitKind.Weeks,
            SupportType = SupportTypes.CareHome,
            Rate = weekly,
            HoursPerUnit = 0m,
        });
    }

    private static int Band(StepRecorder step, decimal careHours)
    {
        var byHours = careHours >= step.Model("care_home.band3_hours") ? 3 : careHours >= step.Model("care_home.band2_hours") ? 2 : 1;
        var risk = step.AnswerIs("behaviour.present", "yes") ? step.Answer("behaviour.risk") : null;
        var byBehaviour = risk switch { "severe" => 3, "high" => 2, _ => 1 };
        return Math.Max(byHours, byBehaviour);
    }

    /// <summary>A kind of care home with the keys of its rates, built once so that each read uses the same key instances.</summary>
    private sealed record CareHome(string Kind, RuleEntry Line)
    {
        public string BandOne { get; } = $"care_home.{Kind}.band1";

        public string BandTwo { get; } = $"care_home.{Kind}.band2";

        public string NonStaffingKey { get; } = $"rate.care_home.{Kind}.non_staffing";
    }
}
