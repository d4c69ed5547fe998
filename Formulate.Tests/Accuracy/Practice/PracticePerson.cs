namespace Formulate.Tests.Accuracy.Practice;

/// <summary>
/// A person as they are, before anyone records or plans anything: the truth that both the practitioner's answers and
/// the planner's package are drawn from. Levels of need run 0 none, 1 prompting, 2 some help, 3 most, 4 everything.
/// </summary>
public sealed record PracticePerson
{
    /// <summary>18_24, 25_64, 65_74, 75_84 or 85_plus.</summary>
    public required string AgeBand { get; init; }

    /// <summary>The primary support reason code, e.g. physical_personal_care or learning_disability.</summary>
    public required string SupportReason { get; init; }

    public required Setting Setting { get; init; }

    public required int Washing { get; init; }

    public required int Toileting { get; init; }

    public required int Dressing { get; init; }

    /// <summary>Preparing meals and eating.</summary>
    public required int Meals { get; init; }

    /// <summary>Whether someone has to help the person eat (not only prepare the meal).</summary>
    public required bool AssistToEat { get; init; }

    public required Transfers Transfers { get; init; }

    public required bool UsesHoist { get; init; }

    /// <summary>Memory and cognition: 0 no concerns, 1 some forgetfulness, 2 significant, 3 severe.</summary>
    public required int Cognition { get; init; }

    /// <summary>Behaviour that challenges: 0 none, 1 low risk, 2 moderate, 3 high.</summary>
    public required int Behaviour { get; init; }

    public required NightNeed Night { get; init; }

    public required MedicationSupport Medication { get; init; }

    /// <summary>Times a day medicines are given or prompted, 1 to 4.</summary>
    public required int MedicationTimes { get; init; }

    /// <summary>Cleaning, laundry and shopping.</summary>
    public required int Household { get; init; }

    /// <summary>Getting out, activities and relationships.</summary>
    public required int Community { get; init; }

    public required bool PrefersGroups { get; init; }

    /// <summary>Work, volunteering or learning: 0 none, 1 up to 8 hours a week, 2 9 to 16, 3 over 16.</summary>
    public required int Work { get; init; }

    /// <summary>Risk when left alone: 0 none, 1 can be left all day, 2 several hours, 3 an hour, 4 not at all.</summary>
    public required int Safety { get; init; }

    public UnpaidCarer? Carer { get; init; }

    /// <summary>In supported living: how many other tenants share the house's staff (0 lives alone).</summary>
    public int Housemates { get; init; }

    /// <summary>The highest of washing, toileting and dressing.</summary>
    public int PersonalCare => Math.Max(Washing, Math.Max(Toileting, Dressing));

    public bool InCareHome => Setting is Setting.ResidentialCare or Setting.NursingCare;

    public bool AtHome => Setting is Setting.OwnHomeAlone or Setting.OwnHomeWithFamily or Setting.ExtraCareHousing;
}
