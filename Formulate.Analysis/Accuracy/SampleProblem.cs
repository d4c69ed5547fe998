namespace Formulate.Analysis.Accuracy;

/// <summary>One thing wrong with a sample file: where (row and column, when known) and what to do about it.</summary>
public sealed record SampleProblem
{
    /// <summary>The row in the file, the header being row 1; null for the file as a whole.</summary>
    public int? Row { get; init; }

    /// <summary>The column's heading; null for the whole row or file.</summary>
    public string? Column { get; init; }

    public required string Reason { get; init; }
}
