using Formulate.Engine.Rules;

namespace Formulate.Engine.Estimation.Blocks;

/// <summary>
/// A second carer on the share of visits whose transfers need two people. At home a double-up visit pays both carers for
/// the whole visit, so the second carer's time follows the visit's: personal care and the meals and medicines given in
/// it. In a care home, where staff are on hand and there are no visits, it follows personal care alone.
/// </summary>
internal static class SecondCarerBlock
{
    private static readonly RuleEntry Rule = AreaRules.SecondCarer;

    public static string AreaId => Rule.Id;

    /// <summary>The areas whose care is given in visits, and so needs the second carer too.</summary>
    public static readonly string[] VisitAreas = [PersonalCareBlock.AreaId, NutritionBlock.AreaId, MedicationBlock.AreaId];

    /// <summary>What the result depends on in the setting: visits at home, personal care alone in a care home.</summary>
    public static string Variant(PersonFacts person) => person.InCareHome ? person.LivingSituation : person.DailyLivingSupportType;

    public static AreaEstimate Calculate(Calculation calculation, PersonFacts person, IReadOnlyList<AreaEstimate> visitAreas)
    {
        var step = calculation.Step(Rule);
        var supportType = visitAreas[0].Line.SupportType;
        var doubledUp = person.InCareHome ? 1 : visitAreas.Count;
        decimal hours = 0m, hoursWithoutUnpaid = 0m;
        for (var i = 0; i < doubledUp; i++)
        {
            hours += visitAreas[i].Line.Units;
            hoursWithoutUnpaid += visitAreas[i].UnitsWithoutUnpaid;
        }

        if (!step.AnswerIs("mobility.transfers", "two_carers") || hoursWithoutUnpaid <= 0m)
        {
            return AreaEstimate.None(Rule, UnitKind.Hours, supportType, step.Finish(0m, "GBP per week"));
        }

        var scope = step.Answer("mobility.two_carers_scope") ?? "all_transfers";
        var share = step.Model("two_carers.share", scope);
        var what = person.InCareHome ? "personal care hours" : "hours of visits for personal care, meals and medicines";
        step.Explain($"{hours:0.##} {what} × {share} needing a second carer");
        return AreaPricer.Price(step, person, AreaUnits.WeeklyHours(Rule, hours * share, hoursWithoutUnpaid * share, supportType));
    }
}
