namespace Formulate.Engine.Parameters;

/// <summary>A set with an uplift applied and the line for each rate it changed.</summary>
public sealed record UpliftResult(ParameterSet Set, IReadOnlyList<UpliftLine> Lines);
