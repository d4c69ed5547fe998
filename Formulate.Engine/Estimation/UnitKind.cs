namespace Formulate.Engine.Estimation;

/// <summary>What a unit of care is.</summary>
public enum UnitKind
{
    Hours,
    Sessions,
    Nights,
    Weeks,
}
