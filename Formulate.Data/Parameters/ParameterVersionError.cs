namespace Formulate.Data.Parameters;

/// <summary>A reason a draft could not be saved, published or discarded; <see cref="Where"/> names the field or parameter, or is null for the whole draft.</summary>
public sealed record ParameterVersionError(string? Where, string Message);
