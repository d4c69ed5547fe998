namespace Formulate.Analysis.Benchmarking;

/// <summary>Something about a council's rate that makes estimates likely to be too low, in words for the configuration screen.</summary>
public sealed record RateWarning(RateWarningKind Kind, string Message);
