using System.Text.Json.Serialization;

namespace Formulate.Engine.Parameters;

/// <summary>A versioned set of dated parameters: either the model's weightings or a council's configuration.</summary>
/// <remarks>
/// Build one with <see cref="ParameterSetLoader"/>, which validates it. The record holds data only, so two sets with
/// the same values are equal whatever has been looked up in either; lookups are answered by a
/// <see cref="ParameterSetIndex"/> built beside each set the first time it is used.
/// </remarks>
public sealed record ParameterSet
{
    public required ParameterSetKind Kind { get; init; }

    public required string Id { get; init; }

    public required string Version { get; init; }

    public required string Title { get; init; }

    public string? Description { get; init; }

    /// <summary>
    /// On a model: the formula its parameters are weights for (see <see cref="Estimation.ModelFormulas"/>). Absent on models
    /// made before the choice existed, which use the first formula, so their estimates re-run as they were made.
    /// </summary>
    public string? Formula { get; init; }

    /// <summary>Present on a council configuration.</summary>
    public CouncilDetails? Council { get; init; }

    /// <summary>On a council configuration: the reasons a proposed budget may differ from the estimate, offered at sign-off.</summary>
    public IReadOnlyList<string>? DifferenceReasons { get; init; }

    public required IReadOnlyList<Parameter> Parameters { get; init; }

    /// <summary>id@version, as recorded in every estimate.</summary>
    [JsonIgnore]
    public string Stamp => $"{Id}@{Version}";

    internal ParameterSetIndex Index => ParameterSetIndex.Of(this);

    public Parameter? Find(string key) => Index.Find(key);

    /// <summary>The parameter "{prefix}.{code}", found without building the key.</summary>
    public Parameter? Find(string prefix, string code) => Index.Find(prefix, code);
}
