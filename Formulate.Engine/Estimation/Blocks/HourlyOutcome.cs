using Formulate.Engine.Rules;

namespace Formulate.Engine.Estimation.Blocks;

/// <summary>An area priced by the hour from one Care Act outcome's level of need.</summary>
internal sealed record HourlyOutcome(RuleEntry Rule, OutcomeIds Outcome)
{
    /// <summary>
    /// Hours for the level of need (plus <paramref name="extraHours"/>), times <paramref name="factor"/>, less what strengths,
    /// community and unpaid support meet. <paramref name="adjust"/> reads any block-specific answers and parameters.
    /// </summary>
    public AreaEstimate Calculate(
        Calculation calculation, PersonFacts person, string supportType, Func<StepRecorder, string, (decimal ExtraHours, decimal Factor)>? adjust = null)
    {
        var step = calculation.Step(Rule);
        var level = NeedLevel.Of(step, Outcome);
        if (level is null)
        {
            return AreaEstimate.None(Rule, UnitKind.Hours, supportType, step.Finish(0m, "GBP per week"));
        }

        var (extra, factor) = adjust?.Invoke(step, level) ?? (0m, 1m);
        var (with, without) = NeedLevel.WeeklyHours(step, Outcome, level, extra);
        return AreaPricer.Price(step, person, AreaUnits.WeeklyHours(Rule, with * factor, without * factor, supportType));
    }
}
