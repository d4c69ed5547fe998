namespace Formulate.Engine.Parameters;

/// <summary>One rate an uplift changed: the value in force on the uplift date before it, and the new value from that date.</summary>
public sealed record UpliftLine(string Key, string Label, decimal Before, decimal After);
