namespace Formulate.Engine.Calibration;

/// <summary>Where a two-stage fit went: the family multipliers, the values they gave, and the values fitted one by one.</summary>
internal sealed record FitPath
{
    public required double[] Multipliers { get; init; }

    public required double[] FamilyValues { get; init; }

    public required double[] Values { get; init; }
}
