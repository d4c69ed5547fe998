namespace Formulate.Tests.Accuracy.HeldOut;

/// <summary>The configuration keys of the rates a held-out council sets: hours £/hour, sessions £/session, nights £/night, weeks and care home fees £/week.</summary>
public static class HeldOutRateKeys
{
    public const string HomeCare = "rate.home_care";
    public const string PersonalAssistant = "rate.personal_assistant";
    public const string SupportedLiving = "rate.supported_living";
    public const string CommunitySupport = "rate.community_support";
    public const string CommunitySupportLearningDisability = "rate.community_support@learning_disability";
    public const string DayServiceStandard = "rate.day_service_session.standard";
    public const string DayServiceEnhanced = "rate.day_service_session.enhanced";
    public const string SleepInNight = "rate.sleep_in_night";
    public const string WakingNightHour = "rate.waking_night_hour";
    public const string RespiteWeek = "rate.respite_week";
    public const string SharedLivesBand1 = "rate.shared_lives.band1";
    public const string SharedLivesBand2 = "rate.shared_lives.band2";
    public const string SharedLivesBand3 = "rate.shared_lives.band3";
    public const string ResidentialStandard = "fee.care_home.residential.standard";
    public const string ResidentialEnhanced = "fee.care_home.residential.enhanced";
    public const string NursingStandard = "fee.care_home.nursing.standard";
    public const string NursingEnhanced = "fee.care_home.nursing.enhanced";
    public const string LearningDisabilityStandard = "fee.care_home.residential.learning_disability.standard";
    public const string LearningDisabilityEnhanced = "fee.care_home.residential.learning_disability.enhanced";
    public const string MentalHealthStandard = "fee.care_home.residential.mental_health.standard";
    public const string MentalHealthEnhanced = "fee.care_home.residential.mental_health.enhanced";
    public const string CareHomeOneToOneHour = "rate.care_home.one_to_one_hour";
    public const string CareHomeStaffHour = "rate.care_home_staff_hour";

    public static IReadOnlyList<string> All { get; } =
    [
        HomeCare, PersonalAssistant, SupportedLiving, CommunitySupport, CommunitySupportLearningDisability, DayServiceStandard,
        DayServiceEnhanced, SleepInNight, WakingNightHour, RespiteWeek, SharedLivesBand1, SharedLivesBand2, SharedLivesBand3,
        ResidentialStandard, ResidentialEnhanced, NursingStandard, NursingEnhanced, LearningDisabilityStandard,
        LearningDisabilityEnhanced, MentalHealthStandard, MentalHealthEnhanced, CareHomeOneToOneHour, CareHomeStaffHour,
    ];
}
