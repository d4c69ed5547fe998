using Formulate.Engine.Rules;
using Formulate.Engine.Text;

namespace Formulate.Engine.Estimation.Blocks;

/// <summary>
/// Breaks for an unpaid carer: weeks of respite a year, spread over the year. A break never costs more each week than
/// the paid care the carer's support replaces, so counting a carer can never make the estimate higher than not counting them.
/// </summary>
internal static class CarerBreaksBlock
{
    private static readonly RuleEntry Rule = AreaRules.CarerBreaks;

    public static AreaEstimate Calculate(Calculation calculation, PersonFacts person, decimal valueOfUnpaidSupport)
    {
        var step = calculation.Step(Rule);
        var breaks = step.AnswerIs("person.has_unpaid_carer", "yes") ? step.Answer("carer.breaks_needed") : null;
        if (breaks is null or "none")
        {
            return AreaEstimate.None(Rule, UnitKind.Weeks, SupportTypes.RespiteWeek, step.Finish(0m, "GBP per week"));
        }

        var weeks = step.Model("carer_breaks.weeks_per_year", breaks);
        var rate = step.Rate(SupportTypes.RespiteWeek, person.PrimarySupportReason);
        return AreaPricer.Price(step, person, new AreaUnits
        {
            AreaId = Rule.Id,
            Area = Rule.LineLabel!,
            Units = weeks,
            UnitsWithoutUnpaid = 0m,
            Kind = UnitKind.Weeks,
            Period = UnitPeriod.PerYear,
            SupportType = SupportTypes.RespiteWeek,
            Rate = rate,
            HoursPerUnit = 0m,
            Limit = valueOfUnpaidSupport,
            LimitReason = static limit => string.Create(UkFormat.Culture, $"Limited to £{limit:N2} a week, the paid care that the carer's support replaces"),
        });
    }
}
