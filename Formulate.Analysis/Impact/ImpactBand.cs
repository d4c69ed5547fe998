namespace Formulate.Analysis.Impact;

/// <summary>How many people's weekly estimates move by an amount in a range (lower bound inclusive, upper exclusive; null is open).</summary>
public sealed record ImpactBand(string Label, decimal? From, decimal? To, int People);
