using Formulate.Engine.Tracing;

namespace Formulate.Engine.Estimation;

/// <summary>The estimate for one set of answers: the main profile, or a what-if.</summary>
internal sealed record ScenarioOutcome
{
    public required IReadOnlyList<AllocationLine> Lines { get; init; }

    public required IReadOnlyList<BudgetAdjustment> Adjustments { get; init; }

    public PanelReferral? PanelReferral { get; init; }

    public required decimal Total { get; init; }

    public required decimal TotalWeeklyHours { get; init; }

    /// <summary>Set when the council's policy does not estimate this setting.</summary>
    public string? NotEstimatedReason { get; init; }

    public TraceStep? Trace { get; init; }
}
