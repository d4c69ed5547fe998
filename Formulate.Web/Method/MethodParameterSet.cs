namespace Formulate.Web.Method;

/// <summary>One layer of the definition (the model parameters or the council configuration) as printed.</summary>
public sealed record MethodParameterSet
{
    public required string Heading { get; init; }

    public required string Title { get; init; }

    /// <summary>id@version, as estimates record it.</summary>
    public required string Stamp { get; init; }

    public string? Description { get; init; }

    public required IReadOnlyList<MethodParameter> Parameters { get; init; }
}
