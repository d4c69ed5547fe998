namespace Formulate.Analysis.Accuracy;

/// <summary>For one kind of support, what the estimate allows and what the package pays, £ a week.</summary>
public sealed record SupportDifference
{
    public required string SupportType { get; init; }

    /// <summary>The areas of need the estimate priced with this support type.</summary>
    public required IReadOnlyList<string> Areas { get; init; }

    public required decimal Estimated { get; init; }

    public required decimal Actual { get; init; }

    public decimal Difference => Actual - Estimated;
}
