namespace Formulate.Engine.Parameters;

/// <summary>How one parameter differs between two sets.</summary>
public sealed record ParameterChange
{
    public required string Key { get; init; }

    public required ParameterChangeKind Kind { get; init; }

    /// <summary>The parameter in the older set; null when it was added.</summary>
    public Parameter? Before { get; init; }

    /// <summary>The parameter in the newer set; null when it was removed.</summary>
    public Parameter? After { get; init; }

    /// <summary>The label to show: the newer one where there is one.</summary>
    public string Label => After?.Label ?? Before?.Label ?? Key;

    public bool LabelChanged => Before is not null && After is not null && Before.Label != After.Label;

    public bool UnitChanged => Before is not null && After is not null && Before.Unit != After.Unit;

    public bool DescriptionChanged => Before is not null && After is not null && Before.Description != After.Description;

    /// <summary>Each start date whose value was added, removed or changed, earliest first.</summary>
    public required IReadOnlyList<DatedValueChange> Values { get; init; }
}
