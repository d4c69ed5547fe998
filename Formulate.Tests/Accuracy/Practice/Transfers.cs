namespace Formulate.Tests.Accuracy.Practice;

/// <summary>How a person moves between bed, chair and toilet: what a moving-and-handling assessment records.</summary>
public enum Transfers
{
    Independent,
    WithEquipment,
    OneCarer,

    /// <summary>A hoist or other transfer that needs two people: every call with a transfer in it is double-handed.</summary>
    TwoCarers,
}
