using Formulate.Engine.Parameters;

namespace Formulate.Data.Parameters;

/// <summary>How the two kinds of parameter set are named in screens, addresses and the audit log.</summary>
public static class ParameterSetKindNames
{
    /// <summary>"Council configuration" or "Model parameters".</summary>
    public static string Title(ParameterSetKind kind) =>
        kind == ParameterSetKind.Model ? "Model parameters" : "Council configuration";

    /// <summary>"configuration" or "model", as in <c>/configuration/versions/model</c>.</summary>
    public static string Slug(ParameterSetKind kind) =>
        kind == ParameterSetKind.Model ? "model" : "configuration";

    public static ParameterSetKind? FromSlug(string? slug) => slug?.ToLowerInvariant() switch
    {
        "model" => ParameterSetKind.Model,
        "configuration" => ParameterSetKind.Configuration,
        _ => null,
    };
}
