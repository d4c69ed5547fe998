namespace Formulate.Tests.Accuracy.HeldOut;

/// <summary>Behaviour that may challenge. Frequency 0 monthly or less to 3 several times a day; risk 0 low to 3 severe.</summary>
public sealed record HeldOutBehaviour
{
    /// <summary>The kind, as the national categories name it: verbal, physical_to_others, self_harm, property, wandering, resisting_care, disinhibition, self_neglect.</summary>
    public required string Kind { get; init; }

    public required int Frequency { get; init; }

    public required int Risk { get; init; }

    public required bool Predictable { get; init; }

    public required bool HasSupportPlan { get; init; }
}
