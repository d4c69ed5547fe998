namespace Formulate.Tests.Accuracy.HeldOut;

/// <summary>A home care call slot.</summary>
public enum HeldOutSlot
{
    Morning,
    Midday,
    Teatime,
    Bedtime,
}
