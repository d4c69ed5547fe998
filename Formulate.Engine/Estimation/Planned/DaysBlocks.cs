using Formulate.Engine.Estimation.Blocks;
using Formulate.Engine.Rules;

namespace Formulate.Engine.Estimation.Planned;

/// <summary>
/// Days and sessions a week: community support with a worker (hours a day for the level of need) or a day service (whole
/// sessions at the council's session cost), and support at work or learning (hours a day for the level of need).
/// </summary>
internal static class DaysBlocks
{
    private static readonly OutcomeIds Community = new("community", RemainingNeedRules.Community);
    private static readonly OutcomeIds Work = new("work", RemainingNeedRules.Work);

    public static AreaEstimate CalculateCommunity(Calculation calculation, PersonFacts person)
    {
        var step = calculation.Step(PlannedRules.CommunityDays);
        var level = NeedLevel.Of(step, Community);
        if (level is null)
        {
            return AreaEstimate.None(PlannedRules.CommunityDays, UnitKind.Sessions, SupportTypes.CommunitySupport, step.Finish(0m, "GBP per week"));
        }

        var days = Days(step, "community.days_per_week");
        var (share, shareWithout) = OutcomeShare.Remaining(step, Community);
        if (step.AnswerIs("community.carer_break", "yes"))
        {
            share = shareWithout;
            step.Explain($"the days are a break for the unpaid carer, so unpaid help does not reduce them");
        }

        if (step.AnswerIs("community.support_preference", "group_sessions"))
        {
            var supportType = level is "most" or "all" ? SupportTypes.DayServiceEnhanced : SupportTypes.DayServiceStandard;
            step.Explain($"{days} day service sessions a week × {share:0.####} left for paid support, in whole sessions");
            return AreaPricer.Price(step, person, new AreaUnits
            {
                AreaId = PlannedRules.CommunityDays.Id,
                Area = PlannedRules.CommunityDays.LineLabel!,
                Units = Math.Ceiling(days * share),
                UnitsWithoutUnpaid = Math.Ceiling(days * shareWithout),
                Kind = UnitKind.Sessions,
                SupportType = supportType,
                HoursPerUnit = 0m,
            });
        }

        var hours = days * step.Model("community.hours_per_day", level);
        step.Explain($"{days} days × hours a day for the level of need = {hours} hours × {share:0.####} left for paid support");
        return AreaPricer.Price(step, person, AreaUnits.WeeklyHours(PlannedRules.CommunityDays, hours * share, hours * shareWithout, SupportTypes.CommunitySupport));
    }

    public static AreaEstimate CalculateWork(Calculation calculation, PersonFacts person)
    {
        var step = calculation.Step(PlannedRules.WorkDays);
        var level = NeedLevel.Of(step, Work);
        if (level is null)
        {
            return AreaEstimate.None(PlannedRules.WorkDays, UnitKind.Hours, SupportTypes.CommunitySupport, step.Finish(0m, "GBP per week"));
        }

        var hours = Days(step, "work.days_per_week") * step.Model("work.hours_per_day", level);
        var (share, shareWithout) = OutcomeShare.Remaining(step, Work);
        step.Explain($"{hours} hours a week × {share:0.####} left for paid support");
        return AreaPricer.Price(step, person, AreaUnits.WeeklyHours(PlannedRules.WorkDays, hours * share, hours * shareWithout, SupportTypes.CommunitySupport));
    }

    private static decimal Days(StepRecorder step, string questionId) => step.Answer(questionId) switch
    {
        "5" => 5m,
        "4" => 4m,
        "3" => 3m,
        "2" => 2m,
        _ => 1m,
    };
}
