using Formulate.Engine.Estimation;

namespace Formulate.Tests.Engine;

/// <summary>Puts a result in the shape worked cases are written in, so that whole breakdowns compare at once.</summary>
public static class WorkedCaseExpectationFactory
{
    public static WorkedCaseExpectation From(EstimateResult result) => new()
    {
        WeeklyEstimate = result.WeeklyEstimate,
        TotalWeeklyHours = result.TotalWeeklyHours,
        AllocationSummary = result.AllocationSummary,
        Adjustments = result.Adjustments,
        QualityStatements = result.QualityStatements.Select(statement => statement.Code).ToList(),
        WhatIfs = result.WhatIfs.Select(whatIf => new WorkedCaseWhatIf
        {
            Id = whatIf.Id,
            WeeklyEstimate = whatIf.WeeklyEstimate,
            Areas = whatIf.AllocationSummary.ToDictionary(line => line.AreaId, line => line.Amount),
        }).ToList(),
        Chc = new WorkedCaseChc
        {
            Levels = result.Chc.Domains.ToDictionary(domain => domain.Domain, domain => domain.Level),
            RecommendFullChecklist = result.Chc.RecommendFullChecklist,
            RulesMet = result.Chc.RulesMet,
        },
    };
}
