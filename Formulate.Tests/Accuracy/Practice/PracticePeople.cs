namespace Formulate.Tests.Accuracy.Practice;

/// <summary>People for worked cases: start from someone with no needs at home alone and change what the case is about.</summary>
public static class PracticePeople
{
    public static PracticePerson NoNeeds { get; } = new()
    {
        AgeBand = "75_84",
        SupportReason = "physical_personal_care",
        Setting = Setting.OwnHomeAlone,
        Washing = 0,
        Toileting = 0,
        Dressing = 0,
        Meals = 0,
        AssistToEat = false,
        Transfers = Transfers.Independent,
        UsesHoist = false,
        Cognition = 0,
        Behaviour = 0,
        Night = NightNeed.None,
        Medication = MedicationSupport.None,
        MedicationTimes = 0,
        Household = 0,
        Community = 0,
        PrefersGroups = false,
        Work = 0,
        Safety = 0,
    };

    /// <summary>A council with round rates, so that worked figures are easy to follow.</summary>
    public static PracticeCouncil RoundCouncil(PlanningHabits? habits = null) => new()
    {
        Name = "Round council",
        HomeCareHour = 20m,
        SupportedLivingHour = 20m,
        CommunitySupportHour = 18m,
        DayServiceSession = 40m,
        DayServiceSessionEnhanced = 60m,
        SleepInNight = 100m,
        WakingNightHour = 20m,
        RespiteWeek = 780m,
        SharedLivesBands = [350m, 450m, 600m],
        CareHomeFees = new Dictionary<CareHomeType, (decimal, decimal)>
        {
            [CareHomeType.Residential] = (800m, 900m),
            [CareHomeType.Nursing] = (1000m, 1100m),
            [CareHomeType.LearningDisability] = (1500m, 1900m),
            [CareHomeType.MentalHealth] = (1000m, 1250m),
        },
        CareHomeOneToOneHour = 20m,
        Habits = habits ?? Habits,
    };

    public static PlanningHabits Habits { get; } = new()
    {
        PersonalCareMinimumMinutes = 30,
        ShortCallMinutes = 15,
        CognitionExtraMinutes = 0,
        HouseholdHours = 1,
        FamilyAsSecondCarer = false,
        CoreHoursPerHouse = [56, 84, 112],
        OneToOneHours = [4, 10, 28],
        CommunityHoursPerLevel = 3,
        RespiteWeeksAtRisk = 3,
        DayCentreForCarerBreak = true,
        CareHomeOneToOneHours = 21,
    };
}
