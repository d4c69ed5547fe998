namespace Formulate.Data.Accuracy;

/// <summary>A stored sample as lists show it, without its contents.</summary>
public sealed record AccuracySampleSummary(Guid Id, string Name, int CaseCount, DateTimeOffset UploadedAt, string UploadedBy);
