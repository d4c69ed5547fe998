using Formulate.Engine.Chc;
using Formulate.Engine.Quality;
using Formulate.Engine.Tracing;
using Formulate.Engine.WhatIf;

namespace Formulate.Engine.Estimation;

/// <summary>Everything an estimate produces. The same profile with the same versions always gives an equal result.</summary>
public sealed record EstimateResult
{
    public required DateOnly AssessmentDate { get; init; }

    public required VersionStamp Versions { get; init; }

    /// <summary>£ a week: the sum of the allocation summary and any adjustments.</summary>
    public required decimal WeeklyEstimate { get; init; }

    public required IReadOnlyList<AllocationLine> AllocationSummary { get; init; }

    public required IReadOnlyList<BudgetAdjustment> Adjustments { get; init; }

    /// <summary>Set when the estimate is above the council's high-end cap and its policy is to refer such estimates to panel.</summary>
    public PanelReferral? PanelReferral { get; init; }

    public required decimal TotalWeeklyHours { get; init; }

    public required IReadOnlyList<QaStatement> QualityStatements { get; init; }

    public required IReadOnlyList<WhatIfEstimate> WhatIfs { get; init; }

    public required ChcPrediction Chc { get; init; }

    public required TraceStep Trace { get; init; }
}
