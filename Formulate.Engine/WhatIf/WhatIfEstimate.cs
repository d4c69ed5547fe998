using Formulate.Engine.Estimation;

namespace Formulate.Engine.WhatIf;

/// <summary>The estimate under another scenario, with its own breakdown.</summary>
public sealed record WhatIfEstimate
{
    /// <summary>The id of the scenario's entry in <see cref="Rules.WhatIfRules"/>.</summary>
    public required string Id { get; init; }

    public required string Label { get; init; }

    /// <summary>Null when the scenario is not estimated; <see cref="NotEstimatedReason"/> says why.</summary>
    public decimal? WeeklyEstimate { get; init; }

    public decimal? DifferenceFromEstimate { get; init; }

    public decimal TotalWeeklyHours { get; init; }

    public IReadOnlyList<AllocationLine> AllocationSummary { get; init; } = [];

    public IReadOnlyList<BudgetAdjustment> Adjustments { get; init; } = [];

    /// <summary>Set when this scenario's estimate would go to panel under the council's policy on the high-end cap.</summary>
    public PanelReferral? PanelReferral { get; init; }

    public string? NotEstimatedReason { get; init; }
}
