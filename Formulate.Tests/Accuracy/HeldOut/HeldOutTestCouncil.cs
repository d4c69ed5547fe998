namespace Formulate.Tests.Accuracy.HeldOut;

/// <summary>A council with round rates and stated habits, for working cases out by hand.</summary>
internal static class HeldOutTestCouncil
{
    public static HeldOutCouncil Fixed { get; } = new()
    {
        Name = "Worked-case council",
        Rates = new Dictionary<string, decimal>(StringComparer.Ordinal)
        {
            [HeldOutRateKeys.HomeCare] = 25.00m,
            [HeldOutRateKeys.PersonalAssistant] = 17.00m,
            [HeldOutRateKeys.SupportedLiving] = 21.00m,
            [HeldOutRateKeys.CommunitySupport] = 22.00m,
            [HeldOutRateKeys.CommunitySupportLearningDisability] = 23.00m,
            [HeldOutRateKeys.DayServiceStandard] = 50.00m,
            [HeldOutRateKeys.DayServiceEnhanced] = 80.00m,
            [HeldOutRateKeys.SleepInNight] = 110.00m,
            [HeldOutRateKeys.WakingNightHour] = 24.00m,
            [HeldOutRateKeys.RespiteWeek] = 900.00m,
            [HeldOutRateKeys.SharedLivesBand1] = 350.00m,
            [HeldOutRateKeys.SharedLivesBand2] = 410.00m,
            [HeldOutRateKeys.SharedLivesBand3] = 470.00m,
            [HeldOutRateKeys.ResidentialStandard] = 950.00m,
            [HeldOutRateKeys.ResidentialEnhanced] = 1_100.00m,
            [HeldOutRateKeys.NursingStandard] = 1_100.00m,
            [HeldOutRateKeys.NursingEnhanced] = 1_250.00m,
            [HeldOutRateKeys.LearningDisabilityStandard] = 1_500.00m,
            [HeldOutRateKeys.LearningDisabilityEnhanced] = 2_000.00m,
            [HeldOutRateKeys.MentalHealthStandard] = 1_100.00m,
            [HeldOutRateKeys.MentalHealthEnhanced] = 1_400.00m,
            [HeldOutRateKeys.CareHomeOneToOneHour] = 20.00m,
            [HeldOutRateKeys.CareHomeStaffHour] = 20.00m,
        },
        MinimumCallMinutes = 30,
        CoreHoursPerSupportedLivingHouse = 126m,
        SecondCarerPaidForWholeCall = true,
        FamilyMayBeSecondCarer = false,
        FamilyLivingInCoversNights = false,
        ShortMedicationCalls = false,
        ExtraCareShortCalls = true,
        CommunitySupportHoursPerDay = 4,
        WakingNightHoursPerNight = 10m,
        RespiteWeeksByBreakNeed = [0, 1, 2, 4],
        SupportedLivingHouseSleepIn = true,
        EnhancedBandForPhysicalDependency = false,
        ExtraCareCoreHoursPerTenant = 1m,
        SharedLivesBreakWeeksPerYear = 0,
    };
}
