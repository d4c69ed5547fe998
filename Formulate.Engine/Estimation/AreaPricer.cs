namespace Formulate.Engine.Estimation;

/// <summary>Turns an area's units into money with the council's rate, the same way for every area.</summary>
internal static class AreaPricer
{
    public static AreaEstimate Price(StepRecorder step, PersonFacts person, AreaUnits units)
    {
        var rate = units.Rate ?? step.Rate(units.SupportType, person.PrimarySupportReason);
        var rounded = Money.RoundUnits(units.Units);
        var roundedWithout = Money.RoundUnits(units.UnitsWithoutUnpaid);
        var amount = Money.Round(Weekly(rounded * rate, units.Period), person.RoundingIncrement);
        var amountWithout = Money.Round(Weekly(roundedWithout * rate, units.Period), person.RoundingIncrement);
        var perYear = units.Period == UnitPeriod.PerYear ? " ÷ 52 weeks" : string.Empty;
        step.Explain($"{rounded} {KindName(units.Kind)} × £{rate:N2}{perYear} = £{amount:N2} a week");
        string? note = null;
        if (units.Limit is { } limit && amount > limit)
        {
            amount = limit;
            note = units.LimitReason?.Invoke(limit);
            step.Explain($"{note}");
        }
        return new AreaEstimate
        {
            Line = new AllocationLine
            {
                AreaId = units.AreaId,
                Area = units.Area,
                Units = rounded,
                UnitKind = units.Kind,
                Period = units.Period,
                SupportType = units.SupportType,
                Rate = rate,
                Amount = amount,
                WeeklyHours = Money.RoundUnits(rounded * units.HoursPerUnit),
                Note = note,
            },
            AmountWithoutUnpaid = amountWithout,
            UnitsWithoutUnpaid = roundedWithout,
            Trace = step.Finish(amount, "GBP per week"),
        };
    }

    /// <summary>Yearly units are spread over 52 weeks; weekly ones are left as they are (dividing by one changes nothing).</summary>
    private static decimal Weekly(decimal cost, UnitPeriod period) => period == UnitPeriod.PerYear ? cost / 52m : cost;

    private static string KindName(UnitKind kind) => kind switch
    {
        UnitKind.Hours => "hours",
        UnitKind.Sessions => "sessions",
        UnitKind.Nights => "nights",
        UnitKind.Weeks => "weeks",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
