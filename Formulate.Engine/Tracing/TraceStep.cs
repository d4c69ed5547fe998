namespace Formulate.Engine.Tracing;

/// <summary>One step of a calculation with everything it used, so that each figure can be followed back.</summary>
public sealed record TraceStep
{
    public required string RuleId { get; init; }

    public required string Label { get; init; }

    public IReadOnlyList<AnswerRead> Answers { get; init; } = [];

    public IReadOnlyList<ParameterRead> Parameters { get; init; } = [];

    /// <summary>Plain-English working, e.g. "3 visits × 30 minutes × 7 days".</summary>
    public string? Working { get; init; }

    public decimal? Amount { get; init; }

    public string? Unit { get; init; }

    public IReadOnlyList<TraceStep> Steps { get; init; } = [];
}
