namespace Formulate.Tests.Accuracy.HeldOut;

/// <summary>How a person moves between bed, chair and toilet.</summary>
public enum HeldOutTransfers
{
    Independent,
    WithEquipment,
    OneCarer,
    TwoCarers,
}
