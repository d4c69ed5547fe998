namespace Formulate.Web.Letters;

/// <summary>How far a batch has got: reported after each person.</summary>
public sealed record LetterBatchProgress
{
    public required int Done { get; init; }

    public required int Total { get; init; }

    public required int Printed { get; init; }

    public required IReadOnlyList<SkippedPerson> Skipped { get; init; }

    /// <summary>The person just dealt with, e.g. "Ada Thornton".</summary>
    public string? Latest { get; init; }
}
