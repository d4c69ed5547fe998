namespace Formulate.Tests.Accuracy.Practice;

/// <summary>Where a person lives, as the national short-and-long-term returns count settings.</summary>
public enum Setting
{
    OwnHomeAlone,
    OwnHomeWithFamily,
    ExtraCareHousing,
    SupportedLiving,
    SharedLives,
    ResidentialCare,
    NursingCare,
}
