using Formulate.Engine.Estimation;

namespace Formulate.Tests.Accuracy.HeldOut;

/// <summary>The support types a held-out package line names: those a sample file accepts.</summary>
internal static class HeldOutSupport
{
    public const string HomeCare = SupportTypes.HomeCare;
    public const string PersonalAssistant = SupportTypes.PersonalAssistant;
    public const string SupportedLiving = SupportTypes.SupportedLiving;
    public const string CommunitySupport = SupportTypes.CommunitySupport;
    public const string DaySession = SupportTypes.DayOpportunitySession;
    public const string SleepInNight = SupportTypes.SleepInNight;
    public const string WakingNightHour = SupportTypes.WakingNightHour;
    public const string RespiteWeek = SupportTypes.RespiteWeek;
    public const string SharedLives = SupportTypes.SharedLives;
    public const string CareHome = SupportTypes.CareHome;
    public const string CareHomeStaffHour = SupportTypes.CareHomeStaffHour;
}
