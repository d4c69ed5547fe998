using Formulate.Engine.Chc;
using Formulate.Engine.Estimation;
using Formulate.Engine.Profiles;

namespace Formulate.Tests.Engine;

/// <summary>A worked case: a whole profile and the whole breakdown a reviewer has checked by hand.</summary>
public sealed record WorkedCase
{
    public required string Name { get; init; }

    public required string Description { get; init; }

    public required NeedsProfile Profile { get; init; }

    public required WorkedCaseExpectation Expected { get; init; }
}

public sealed record WorkedCaseExpectation
{
    public required decimal WeeklyEstimate { get; init; }

    public required decimal TotalWeeklyHours { get; init; }

    public required IReadOnlyList<AllocationLine> AllocationSummary { get; init; }

    public required IReadOnlyList<BudgetAdjustment> Adjustments { get; init; }

    public required IReadOnlyList<string> QualityStatements { get; init; }

    public required IReadOnlyList<WorkedCaseWhatIf> WhatIfs { get; init; }

    public required WorkedCaseChc Chc { get; init; }
}

/// <summary>A what-if's total and the amount of each of its areas; a null total means not estimated.</summary>
public sealed record WorkedCaseWhatIf
{
    public required string Id { get; init; }

    public decimal? WeeklyEstimate { get; init; }

    public required IReadOnlyDictionary<string, decimal> Areas { get; init; }
}

public sealed record WorkedCaseChc
{
    public required IReadOnlyDictionary<ChcDomain, ChcLevel> Levels { get; init; }

    public required bool RecommendFullChecklist { get; init; }

    public required IReadOnlyList<ChcThresholdRule> RulesMet { get; init; }
}
