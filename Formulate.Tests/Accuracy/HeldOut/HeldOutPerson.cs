namespace Formulate.Tests.Accuracy.HeldOut;

/// <summary>
/// The truth about one person drawn for a held-out council: what a good assessment would find. Levels of need run
/// 0 (none), 1 (prompting), 2 (some hands-on help), 3 (a lot) to 4 (everything); shares met by others 0 (none) to 3 (all);
/// other scales are given on each property.
/// </summary>
public sealed record HeldOutPerson
{
    public required HeldOutSetting Setting { get; init; }

    /// <summary>18_24, 25_64, 65_74, 75_84 or 85_plus.</summary>
    public required string AgeBand { get; init; }

    /// <summary>The national short-and-long-term return category, e.g. physical_personal_care or learning_disability.</summary>
    public required string PrimarySupportReason { get; init; }

    /// <summary>For someone living with family: partner, parent, adult_child, other_relative or friend.</summary>
    public required string LivesWith { get; init; }

    public required HeldOutArrangement Arrangement { get; init; }

    /// <summary>0 same every day, 1 sometimes harder days, 2 harder days most weeks.</summary>
    public required int Fluctuation { get; init; }

    public required IReadOnlyDictionary<HeldOutArea, int> Need { get; init; }

    /// <summary>How much of each need community resources (clubs, lunch clubs, universal services) meet, 0 to 3.</summary>
    public required IReadOnlyDictionary<HeldOutArea, int> MetByCommunity { get; init; }

    /// <summary>How much of what is left unpaid carers meet, 0 to 3.</summary>
    public required IReadOnlyDictionary<HeldOutArea, int> Unpaid { get; init; }

    public required HeldOutTimes PersonalCareAt { get; init; }

    public required HeldOutTimes MealsAt { get; init; }

    public required HeldOutMealHelp MealHelp { get; init; }

    public required bool Laundry { get; init; }

    public required bool Shopping { get; init; }

    /// <summary>0 all day, 1 a few hours, 2 about an hour, 3 not at all.</summary>
    public required int LeftAlone { get; init; }

    /// <summary>Whether someone else is usually there when they cannot be left: 0 rarely, 1 some of the time, 2 most of the time.</summary>
    public required int OthersPresent { get; init; }

    public required bool PrefersGroup { get; init; }

    /// <summary>Days or sessions a week of support in the community or at a day service, 0 to 5.</summary>
    public required int CommunityDays { get; init; }

    public required bool CommunityIsCarerBreak { get; init; }

    /// <summary>paid_work, volunteering or education_training.</summary>
    public required string WorkActivity { get; init; }

    public required int WorkDays { get; init; }

    public required bool HasChildren { get; init; }

    /// <summary>under_5, 5_to_11 or 12_to_17.</summary>
    public required string YoungestChild { get; init; }

    /// <summary>0 without help, 1 with an aid, 2 with help, 3 cannot walk.</summary>
    public required int Walking { get; init; }

    public required HeldOutTransfers Transfers { get; init; }

    public required bool TwoCarersEveryTransfer { get; init; }

    /// <summary>hoist, other_equipment or none.</summary>
    public required string TransferEquipment { get; init; }

    /// <summary>0 fully, 1 partially, 2 cannot.</summary>
    public required int WeightBearing { get; init; }

    /// <summary>0 none, 1 once or twice, 2 three times or more.</summary>
    public required int Falls { get; init; }

    /// <summary>0 none, 1 some help, 2 full help on a schedule.</summary>
    public required int Repositioning { get; init; }

    /// <summary>0 independent, 1 with someone, 2 cannot go out.</summary>
    public required int Outdoors { get; init; }

    /// <summary>0 no concerns, 1 some forgetfulness, 2 often affects daily life, 3 affects most of it.</summary>
    public required int Memory { get; init; }

    /// <summary>dementia, brain_injury, other or none.</summary>
    public required string Diagnosis { get; init; }

    /// <summary>0 aware, 1 limited, 2 none.</summary>
    public required int RiskAwareness { get; init; }

    /// <summary>0 independent, 1 with support, 2 unable.</summary>
    public required int Decisions { get; init; }

    /// <summary>0 oriented, 1 sometimes not, 2 usually not.</summary>
    public required int Orientation { get; init; }

    /// <summary>0 no difficulty to 3 cannot, even with help.</summary>
    public required int Expressing { get; init; }

    public required int Understanding { get; init; }

    /// <summary>speech, sign_language, aids or non_verbal.</summary>
    public required string CommunicationMethod { get; init; }

    public required bool NeedsInterpreter { get; init; }

    public required HeldOutBehaviour? Behaviour { get; init; }

    /// <summary>0 settled, 1 occasional low mood, 2 affects daily life, 3 severe distress.</summary>
    public required int Mood { get; init; }

    /// <summary>0 engages, 1 with encouragement, 2 withdrawn, 3 withdrawn from any attempt.</summary>
    public required int Engagement { get; init; }

    public required bool MentalHealthServices { get; init; }

    /// <summary>0 none, 1 occasional, 2 help most nights from someone nearby, 3 someone awake all night.</summary>
    public required int NightNeed { get; init; }

    public required int NightsPerWeek { get; init; }

    /// <summary>Whether night support is shared with others where the person lives (supported living, extra care).</summary>
    public required bool NightShared { get; init; }

    public required int NightUnpaid { get; init; }

    /// <summary>0 none, 1 reminding, 2 someone to give them, 3 complex.</summary>
    public required int Medicines { get; init; }

    public required HeldOutTimes MedicinesAt { get; init; }

    public required int MedicinesUnpaid { get; init; }

    /// <summary>0 no symptoms, 1 well controlled, 2 needs monitoring, 3 not well controlled.</summary>
    public required int SymptomControl { get; init; }

    public required bool TubeFeeding { get; init; }

    public required bool CatheterOrStoma { get; init; }

    public required bool PressureCare { get; init; }

    /// <summary>0 normal, 1 managed, 2 needs help, 3 episodes needing skilled intervention.</summary>
    public required int Breathing { get; init; }

    public required bool Oxygen { get; init; }

    /// <summary>0 intact, 1 at risk, 2 minor damage, 3 open wound.</summary>
    public required int Skin { get; init; }

    /// <summary>0 continent, 1 occasional accidents, 2 routine care, 3 complications.</summary>
    public required int Continence { get; init; }

    /// <summary>0 well nourished, 1 needs support, 2 weight loss or swallowing, 3 feeding device problems.</summary>
    public required int NutritionRisk { get; init; }

    /// <summary>0 none, 1 occasional, 2 needs supervision, 3 frequent with risk of harm.</summary>
    public required int Consciousness { get; init; }

    public required bool FncAssessed { get; init; }

    public required HeldOutCarer? Carer { get; init; }

    /// <summary>In supported living, how many others share the support: 0 (only for them) upwards.</summary>
    public required int Housemates { get; init; }

    public required HeldOutCareHomeType CareHomeType { get; init; }

    /// <summary>One-to-one hours a week needed on top of a care home's usual care, for the most complex people only.</summary>
    public required int CareHomeOneToOneHours { get; init; }

    public int Level(HeldOutArea area) => Need.TryGetValue(area, out var level) ? level : 0;

    public int Community(HeldOutArea area) => MetByCommunity.TryGetValue(area, out var share) ? share : 0;

    public int UnpaidShare(HeldOutArea area) => Unpaid.TryGetValue(area, out var share) ? share : 0;

    /// <summary>The heaviest of washing, toileting and dressing.</summary>
    public int PersonalCareLevel => Math.Max(Level(HeldOutArea.Hygiene), Math.Max(Level(HeldOutArea.Toileting), Level(HeldOutArea.Dressing)));

    public bool IsAtHome => Setting is HeldOutSetting.OwnHomeAlone or HeldOutSetting.OwnHomeWithFamily;

    public bool IsInCareHome => Setting is HeldOutSetting.ResidentialCare or HeldOutSetting.NursingCare;

    /// <summary>A person with no needs at all in the given setting, for building cases by hand.</summary>
    public static HeldOutPerson WithoutNeeds(HeldOutSetting setting, string ageBand, string primarySupportReason) => new()
    {
        Setting = setting,
        AgeBand = ageBand,
        PrimarySupportReason = primarySupportReason,
        LivesWith = "partner",
        Arrangement = HeldOutArrangement.Agency,
        Fluctuation = 0,
        Need = new Dictionary<HeldOutArea, int>(),
        MetByCommunity = new Dictionary<HeldOutArea, int>(),
        Unpaid = new Dictionary<HeldOutArea, int>(),
        PersonalCareAt = HeldOutTimes.None,
        MealsAt = HeldOutTimes.None,
        MealHelp = HeldOutMealHelp.PrepareOnly,
        Laundry = false,
        Shopping = false,
        LeftAlone = 0,
        OthersPresent = 0,
        PrefersGroup = false,
        CommunityDays = 0,
        CommunityIsCarerBreak = false,
        WorkActivity = "volunteering",
        WorkDays = 0,
        HasChildren = false,
        YoungestChild = "5_to_11",
        Walking = 0,
        Transfers = HeldOutTransfers.Independent,
        TwoCarersEveryTransfer = false,
        TransferEquipment = "none",
        WeightBearing = 0,
        Falls = 0,
        Repositioning = 0,
        Outdoors = 0,
        Memory = 0,
        Diagnosis = "none",
        RiskAwareness = 0,
        Decisions = 0,
        Orientation = 0,
        Expressing = 0,
        Understanding = 0,
        CommunicationMethod = "speech",
        NeedsInterpreter = false,
        Behaviour = null,
        Mood = 0,
        Engagement = 0,
        MentalHealthServices = false,
        NightNeed = 0,
        NightsPerWeek = 7,
        NightShared = false,
        NightUnpaid = 0,
        Medicines = 0,
        MedicinesAt = HeldOutTimes.None,
        MedicinesUnpaid = 0,
        SymptomControl = 0,
        TubeFeeding = false,
        CatheterOrStoma = false,
        PressureCare = false,
        Breathing = 0,
        Oxygen = false,
        Skin = 0,
        Continence = 0,
        NutritionRisk = 0,
        Consciousness = 0,
        FncAssessed = false,
        Carer = null,
        Housemates = 0,
        CareHomeType = HeldOutCareHomeType.General,
        CareHomeOneToOneHours = 0,
    };
}
