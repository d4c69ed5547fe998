namespace Formulate.Engine.Parameters;

/// <summary>A named setting outside the parameters (the set's title, a council contact detail, a list) that differs between two sets.</summary>
public sealed record FieldChange(string Field, string? Before, string? After);
