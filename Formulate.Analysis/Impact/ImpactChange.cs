namespace Formulate.Analysis.Impact;

/// <summary>One person's weekly estimate now and under the draft.</summary>
public sealed record ImpactChange(string Reference, string Name, decimal Current, decimal Draft)
{
    public decimal Change => Draft - Current;
}
