namespace Formulate.Web.Method;

/// <summary>One dated value of a parameter, as the method document prints it.</summary>
public sealed record MethodValue
{
    /// <summary>The value in its unit, e.g. "£21.64 an hour", "25 minutes per day".</summary>
    public required string Value { get; init; }

    public required DateOnly From { get; init; }

    public required string Reference { get; init; }
}
