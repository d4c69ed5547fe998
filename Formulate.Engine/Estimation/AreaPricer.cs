namespace Formulate.Engine.Estimation;

/// <summary>Turns an area's units into money with the council's rate, the same way for every area.</summary>
internal static class AreaPricer
{
    public static AreaEstimate Price(StepRecorder step, PersonFacts person, AreaUnits units)
    {
        var rate = units.Rate ?? step.Rate(units.SupportType, person.PrimarySupportReason);
        var divisor = units.Period == UnitPeriod.PerYear ? 52m : 1m;
        var rounded = Money.RoundUnits(units.Units);
        var roundedWithout = Money.RoundUnits(units.UnitsWithoutUnpaid);
        var amount = Money.Round(rounded * rate / divisor, person.RoundingIncrement);
        var amountWithout = Money.Round(roundedWithout * rate / divisor, person.RoundingIncrement);
        var perYear = units.Period == UnitPeriod.PerYear ? " ÷ 52 weeks" : string.Empty;
        step.Explain($"{rounded} {units.Kind.ToString().ToLowerInvariant()} × £{rate:N2}{perYear} = £{amount:N2} a week");
        string? note = null;
        if (units.Limit is { } limit && amount > limit.Amount)
        {
            amount = limit.Amount;
            note = limit.Reason;
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
}
