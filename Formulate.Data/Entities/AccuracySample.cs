namespace Formulate.Data.Entities;

/// <summary>
/// An uploaded accuracy sample, kept as the checked file: pseudonymous case ids, Needs Profile answers and package lines,
/// nothing that names a person, and nothing linked to people's records. Deleting it deletes its reports.
/// </summary>
public sealed class AccuracySample
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Name { get; init; }

    public int CaseCount { get; init; }

    /// <summary>The file as uploaded and checked, in the documented sample format.</summary>
    public required string Csv { get; init; }

    public DateTimeOffset UploadedAt { get; init; }

    public required string UploadedBy { get; init; }
}
