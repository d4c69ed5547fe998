using static Formulate.Tests.Accuracy.Practice.Draw;

namespace Formulate.Tests.Accuracy.Practice;

/// <summary>How one council's brokers usually arrange packages, where councils' practice differs.</summary>
public sealed record PlanningHabits
{
    /// <summary>The shortest call booked when personal care is in it: 30 minutes (NICE NG21) or 45.</summary>
    public required int PersonalCareMinimumMinutes { get; init; }

    /// <summary>The length of a call for a short task alone (a meal reheated, medicines prompted): 15 or 30 minutes.</summary>
    public required int ShortCallMinutes { get; init; }

    /// <summary>Minutes added to each personal care call for someone with significant memory problems, 0 or 15.</summary>
    public required int CognitionExtraMinutes { get; init; }

    /// <summary>Hours a week of shopping, laundry and cleaning bought for someone who needs most help with them and has nobody to do them; 0 where the council leaves them to other services.</summary>
    public required double HouseholdHours { get; init; }

    /// <summary>Whether a family member living with the person takes the second carer's place on double-handed calls.</summary>
    public required bool FamilyAsSecondCarer { get; init; }

    /// <summary>Supported living: staff hours a week on shift for a house, for low, medium and high need houses.</summary>
    public required IReadOnlyList<double> CoreHoursPerHouse { get; init; }

    /// <summary>Supported living: one-to-one hours a week per level of behaviour that challenges (low, moderate, high).</summary>
    public required IReadOnlyList<double> OneToOneHours { get; init; }

    /// <summary>Community support hours a week per level of need for getting out and activities.</summary>
    public required double CommunityHoursPerLevel { get; init; }

    /// <summary>Respite weeks a year for a carer at risk; twice as many where the caring is not sustainable.</summary>
    public required double RespiteWeeksAtRisk { get; init; }

    /// <summary>Whether a weekly day-centre place is part of the carer's break for someone with dementia living with family.</summary>
    public required bool DayCentreForCarerBreak { get; init; }

    /// <summary>Care homes: one-to-one hours a week on top of the fee for high-risk behaviour.</summary>
    public required double CareHomeOneToOneHours { get; init; }

    public static PlanningHabits Drawn(Random random) => new()
    {
        PersonalCareMinimumMinutes = Chance(random, 0.7) ? 30 : 45,
        ShortCallMinutes = Chance(random, 0.5) ? 15 : 30,
        CognitionExtraMinutes = Chance(random, 0.5) ? 15 : 0,
        HouseholdHours = Pick(random, [0, 1, 1.5, 2], [2, 3, 3, 2]),
        FamilyAsSecondCarer = Chance(random, 0.4),
        CoreHoursPerHouse = Pick<IReadOnlyList<double>>(random, [[56, 84, 112], [70, 98, 126], [84, 112, 168]], [1, 1, 1]),
        OneToOneHours = Pick<IReadOnlyList<double>>(random, [[4, 10, 28], [7, 14, 35], [6, 12, 42]], [1, 1, 1]),
        CommunityHoursPerLevel = Between(random, 2.5, 4),
        RespiteWeeksAtRisk = Pick(random, [2.0, 3, 4], [1, 1, 1]),
        DayCentreForCarerBreak = Chance(random, 0.6),
        CareHomeOneToOneHours = Pick(random, [14.0, 21, 28], [1, 1, 1]),
    };
}
