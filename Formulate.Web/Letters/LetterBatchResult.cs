using System.Globalization;

namespace Formulate.Web.Letters;

/// <summary>A finished batch: one PDF per person written to, in a zip kept for download, and the people skipped.</summary>
public sealed record LetterBatchResult
{
    public required Guid BatchId { get; init; }

    public required string RequestedBy { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>File names in the zip, one per letter.</summary>
    public required IReadOnlyList<string> Files { get; init; }

    public required IReadOnlyList<SkippedPerson> Skipped { get; init; }

    public required byte[] Zip { get; init; }

    public string FileName => string.Create(CultureInfo.InvariantCulture, $"letters-{CreatedAt:yyyy-MM-dd-HHmm}.zip");
}
