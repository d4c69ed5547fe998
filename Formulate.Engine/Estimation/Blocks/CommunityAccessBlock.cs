using Formulate.Engine.Rules;

namespace Formulate.Engine.Estimation.Blocks;

/// <summary>Using the local community: hours a week of one-to-one support, or whole group day sessions where that is preferred.</summary>
internal static class CommunityAccessBlock
{
    private static readonly RuleEntry Rule = AreaRules.CommunityAccess;
    private static readonly OutcomeIds Outcome = new("community", RemainingNeedRules.Community);

    public static string AreaId => Rule.Id;

    public static AreaEstimate Calculate(Calculation calculation, PersonFacts person)
    {
        var step = calculation.Step(Rule);
        var level = NeedLevel.Of(step, Outcome);
        if (level is null)
        {
            return AreaEstimate.None(Rule, UnitKind.Hours, SupportTypes.CommunitySupport, step.Finish(0m, "GBP per week"));
        }

        var (with, without) = NeedLevel.WeeklyHours(step, Outcome, level);
        if (!step.AnswerIs("community.support_preference", "group_sessions"))
        {
            return AreaPricer.Price(step, person, AreaUnits.WeeklyHours(Rule, with, without, SupportTypes.CommunitySupport));
        }

        var hoursPerSession = step.Model("community.hours_per_session");
        step.Explain($"whole sessions of {hoursPerSession} hours");
        return AreaPricer.Price(step, person, new AreaUnits
        {
            AreaId = Rule.Id,
            Area = Rule.LineLabel!,
            Units = WholeSessions(with, hoursPerSession),
            UnitsWithoutUnpaid = WholeSessions(without, hoursPerSession),
            Kind = UnitKind.Sessions,
            SupportType = SupportTypes.DayOpportunitySession,
            HoursPerUnit = 0m,
        });
    }

    // A session length of zero only arises when the parameter is missing, which is reported as a problem; no sessions then.
    private static decimal WholeSessions(decimal hours, decimal hoursPerSession) =>
        hoursPerSession <= 0m ? 0m : Math.Ceiling(hours / hoursPerSession);
}
