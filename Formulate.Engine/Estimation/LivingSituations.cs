namespace Formulate.Engine.Estimation;

/// <summary>Answer codes of person.living_situation.</summary>
public static class LivingSituations
{
    public const string OwnHomeAlone = "own_home_alone";
    public const string OwnHomeWithFamily = "own_home_with_family";
    public const string ExtraCareHousing = "extra_care_housing";
    public const string SupportedLiving = "supported_living";
    public const string SharedLives = "shared_lives";
    public const string ResidentialCare = "residential_care";
    public const string NursingCare = "nursing_care";

    /// <summary>Situations the formula blocks treat alike share a setting: in one's own home, alone or with family.</summary>
    public static string CalculatesAs(string situation) => situation == OwnHomeWithFamily ? OwnHomeAlone : situation;

    public static IReadOnlyList<string> All { get; } =
        [OwnHomeAlone, OwnHomeWithFamily, ExtraCareHousing, SupportedLiving, SharedLives, ResidentialCare, NursingCare];
}
