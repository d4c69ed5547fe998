namespace Formulate.Engine.Estimation.Blocks;

/// <summary>A second carer for the share of personal-care visits whose transfers need two people.</summary>
internal static class SecondCarerBlock
{
    public const string AreaId = "second-carer";
    private const string AreaLabel = "A second carer for moving safely";

    public static AreaEstimate Calculate(Calculation calculation, PersonFacts person, AreaEstimate personalCare)
    {
        var step = calculation.Step(AreaId, "A second carer where moving the person safely needs two people");
        if (!step.AnswerIs("mobility.transfers", "two_carers") || personalCare.UnitsWithoutUnpaid <= 0m)
        {
            return AreaEstimate.None(AreaId, AreaLabel, UnitKind.Hours, personalCare.Line.SupportType, step.Finish(0m, "GBP per week"));
        }

        var scope = step.Answer("mobility.two_carers_scope") ?? "all_transfers";
        var share = step.Model("two_carers.share", scope);
        step.Explain($"{personalCare.Line.Units} personal care hours × {share} needing a second carer");
        return AreaPricer.Price(step, person, AreaUnits.WeeklyHours(AreaId, AreaLabel, personalCare.Line.Units * share, personalCare.UnitsWithoutUnpaid * share, personalCare.Line.SupportType));
    }
}
