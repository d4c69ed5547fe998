namespace Formulate.Engine.Tracing;

/// <summary>A parameter a calculation step read, exactly as it was in force on the assessment date.</summary>
public sealed record ParameterRead
{
    public required string Key { get; init; }

    public required string Label { get; init; }

    public required decimal Value { get; init; }

    public required string Unit { get; init; }

    public required DateOnly EffectiveFrom { get; init; }

    public required string Reference { get; init; }

    /// <summary>The parameter set it came from, as id@version.</summary>
    public required string Source { get; init; }
}
