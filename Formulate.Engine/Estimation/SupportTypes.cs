namespace Formulate.Engine.Estimation;

/// <summary>Kinds of support the configuration prices; each is a rate key "rate.{type}".</summary>
public static class SupportTypes
{
    public const string HomeCare = "home_care";
    public const string PersonalAssistant = "personal_assistant";
    public const string DayServiceStandard = "day_service_session.standard";
    public const string DayServiceEnhanced = "day_service_session.enhanced";
    public const string CareHomeOneToOneHour = "care_home.one_to_one_hour";
    public const string SupportedLiving = "supported_living";
    public const string CommunitySupport = "community_support";
    public const string DayOpportunitySession = "day_opportunity_session";
    public const string SleepInNight = "sleep_in_night";
    public const string WakingNightHour = "waking_night_hour";
    public const string RespiteWeek = "respite_week";
    public const string SharedLives = "shared_lives";
    public const string CareHome = "care_home";
    public const string CareHomeStaffHour = "care_home_staff_hour";
}
