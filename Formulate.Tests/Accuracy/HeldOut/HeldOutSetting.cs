namespace Formulate.Tests.Accuracy.HeldOut;

/// <summary>Where a person lives, as the council's care planner sees it.</summary>
public enum HeldOutSetting
{
    OwnHomeAlone,
    OwnHomeWithFamily,
    ExtraCareHousing,
    SupportedLiving,
    SharedLives,
    ResidentialCare,
    NursingCare,
}
