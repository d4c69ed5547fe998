namespace Formulate.Web.Method;

/// <summary>A rate, time, factor, threshold or decision, with every value it has had.</summary>
public sealed record MethodParameter
{
    public required string Key { get; init; }

    public required string Label { get; init; }

    public required string Unit { get; init; }

    public string? Description { get; init; }

    /// <summary>Earliest first.</summary>
    public required IReadOnlyList<MethodValue> Values { get; init; }
}
