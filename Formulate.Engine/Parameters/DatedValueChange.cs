namespace Formulate.Engine.Parameters;

/// <summary>One start date of a parameter whose value differs between two sets; null on the side that has no value from that date.</summary>
public sealed record DatedValueChange
{
    public required DateOnly From { get; init; }

    public DatedValue? Before { get; init; }

    public DatedValue? After { get; init; }
}
