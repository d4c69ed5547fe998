using Formulate.Analysis.Accuracy;

namespace Formulate.Tests.Accuracy.HeldOut;

/// <summary>
/// A council care planner: arranges and prices a person's weekly care package from what is true of them, the way
/// brokerage buys it, at the council's own rates and with its own habits.
/// </summary>
public static class HeldOutPlanner
{
    public static IReadOnlyList<PackageLine> Plan(HeldOutPerson person, HeldOutCouncil council)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(council);
        var package = new HeldOutPackage();
        switch (person.Setting)
        {
            case HeldOutSetting.OwnHomeAlone or HeldOutSetting.OwnHomeWithFamily:
                AtHome(person, council, package);
                break;
            case HeldOutSetting.ExtraCareHousing:
                InExtraCare(person, council, package);
                break;
            case HeldOutSetting.SupportedLiving:
                HeldOutSupportedLivingPlanner.Plan(person, council, package);
                break;
            case HeldOutSetting.SharedLives:
                InSharedLives(person, council, package);
                break;
            default:
                HeldOutCareHomePlanner.Plan(person, council, package);
                break;
        }

        return package.Lines();
    }

    private static void AtHome(HeldOutPerson person, HeldOutCouncil council, HeldOutPackage package)
    {
        // A direct payment employing a personal assistant buys the same time without an agency's minimum call.
        var assistant = person.Arrangement == HeldOutArrangement.DirectPaymentPersonalAssistant;
        var (type, rate) = assistant
            ? (HeldOutSupport.PersonalAssistant, council.Rate(HeldOutRateKeys.PersonalAssistant))
            : (HeldOutSupport.HomeCare, council.Rate(HeldOutRateKeys.HomeCare));
        var (calls, second) = HeldOutHomeCalls.Plan(person, council, assistant ? HeldOutCallMinimums.OnSite : HeldOutCallMinimums.Agency(council));
        package.Add(type, calls + second + Housework(person) + Sitting(person, 1m), rate);
        Community(person, council, package, assistant ? (type, rate) : null);
        Nights(person, council, package);
        Respite(person, council, package);
    }

    private static void InExtraCare(HeldOutPerson person, HeldOutCouncil council, HeldOutPackage package)
    {
        // The scheme's on-site team makes the calls; each tenant also pays towards its round-the-clock cover.
        var minimums = council.ExtraCareShortCalls ? HeldOutCallMinimums.OnSite : HeldOutCallMinimums.Agency(council);
        var (calls, second) = HeldOutHomeCalls.Plan(person, council, minimums);
        var hours = calls + second + Housework(person) + Sitting(person, 0.5m) + council.ExtraCareCoreHoursPerTenant;
        package.Add(HeldOutSupport.HomeCare, hours, council.Rate(HeldOutRateKeys.HomeCare));
        Community(person, council, package, null);
        if (!person.NightShared)
        {
            Nights(person, council, package);
        }

        Respite(person, council, package);
    }

    private static void InSharedLives(HeldOutPerson person, HeldOutCouncil council, HeldOutPackage package)
    {
        var band = SharedLivesBand(person);
        var key = band switch { 1 => HeldOutRateKeys.SharedLivesBand1, 2 => HeldOutRateKeys.SharedLivesBand2, _ => HeldOutRateKeys.SharedLivesBand3 };
        package.Add(HeldOutSupport.SharedLives, 1m, council.Rate(key));

        // The Shared Lives carer gives one-to-one time out within the fee; a day service is bought on top.
        if (person.PrefersGroup)
        {
            DaySessions(person, council, package, CommunityDays(person));
        }

        if (council.SharedLivesBreakWeeksPerYear > 0)
        {
            package.Add(HeldOutSupport.RespiteWeek, council.SharedLivesBreakWeeksPerYear / 52m, council.Rate(HeldOutRateKeys.RespiteWeek));
        }
    }

    /// <summary>Shared Lives bands rise with the care and supervision the carer gives, as Oxfordshire's bands 1 to 3 do.</summary>
    internal static int SharedLivesBand(HeldOutPerson person)
    {
        var risk = person.Behaviour?.Risk ?? -1;
        var score = person.PersonalCareLevel + person.Level(HeldOutArea.Nutrition) + person.Level(HeldOutArea.HomeSafety) + (risk + 1) + person.NightNeed;
        return person.PersonalCareLevel >= 3 || risk >= 2 || person.NightNeed >= 2 || score >= 10 ? 3
            : score >= 5 || risk >= 1 ? 2
            : 1;
    }

    /// <summary>Cleaning, laundry and shopping, less what community services and family do.</summary>
    internal static decimal Housework(HeldOutPerson person)
    {
        var level = person.Level(HeldOutArea.HomeEnvironment);
        if (level == 0)
        {
            return 0m;
        }

        var hours = (level * 0.5m) + (person.Laundry ? 0.5m : 0m) + (person.Shopping ? 0.75m : 0m);
        return HeldOutPlanning.Quarter(hours * HeldOutPlanning.Left(person, HeldOutArea.HomeEnvironment));
    }

    /// <summary>Sitting hours for someone who cannot be left, bought only where nobody else is usually there.</summary>
    internal static decimal Sitting(HeldOutPerson person, decimal factor)
    {
        var hours = person.LeftAlone switch { 2 => 7m, 3 => 21m, _ => 0m };
        var nobodyThere = person.OthersPresent switch { 0 => 1m, 1 => 0.5m, _ => 0m };
        return HeldOutPlanning.Quarter(hours * nobodyThere * factor * (1m - HeldOutPlanning.Share(person.Community(HeldOutArea.HomeSafety))));
    }

    /// <summary>Days at a day service or with a support worker, less those community resources or family meet.</summary>
    internal static int CommunityDays(HeldOutPerson person) =>
        person.Level(HeldOutArea.Community) == 0 ? 0
            : (int)Math.Round(person.CommunityDays * HeldOutPlanning.Left(person, HeldOutArea.Community), MidpointRounding.AwayFromZero);

    /// <summary>
    /// Day services by the session, community support by the hour, and support into work, with relationships and with
    /// caring for children; <paramref name="assistant"/> when a personal assistant gives the one-to-one hours.
    /// </summary>
    internal static void Community(HeldOutPerson person, HeldOutCouncil council, HeldOutPackage package, (string Type, decimal Rate)? assistant)
    {
        var (type, rate) = assistant ?? (HeldOutSupport.CommunitySupport, council.Rate(
            person.PrimarySupportReason == "learning_disability" ? HeldOutRateKeys.CommunitySupportLearningDisability : HeldOutRateKeys.CommunitySupport));
        var days = CommunityDays(person);
        var hours = 0m;
        if (person.PrefersGroup)
        {
            DaySessions(person, council, package, days);
        }
        else
        {
            hours += days * OneToOneHoursPerDay(person, council);
        }

        hours += OtherCommunityHours(person);
        package.Add(type, HeldOutPlanning.Quarter(hours), rate);
    }

    internal static decimal OneToOneHoursPerDay(HeldOutPerson person, HeldOutCouncil council) =>
        (council.CommunitySupportHoursPerDay + (person.Level(HeldOutArea.Community) >= 3 ? 1m : 0m)) * (person.Behaviour?.Risk == 3 ? 2m : 1m);

    /// <summary>Support to keep up relationships, to work or learn, and to care for a child.</summary>
    internal static decimal OtherCommunityHours(HeldOutPerson person)
    {
        var relationships = person.Level(HeldOutArea.Relationships) switch { 2 => 1m, 3 => 2m, 4 => 3m, _ => 0m };
        var work = person.WorkDays * person.Level(HeldOutArea.Work) switch { 1 => 1m, 2 => 2m, 3 => 4m, 4 => 6m, _ => 0m };
        var children = person.Level(HeldOutArea.ChildCare) switch { 1 => 1m, 2 => 3m, 3 => 5m, 4 => 7m, _ => 0m } *
                       (person.YoungestChild == "under_5" ? 1.5m : 1m);
        return (relationships * HeldOutPlanning.Left(person, HeldOutArea.Relationships)) +
               (work * HeldOutPlanning.Left(person, HeldOutArea.Work)) +
               (children * HeldOutPlanning.Left(person, HeldOutArea.ChildCare));
    }

    internal static void DaySessions(HeldOutPerson person, HeldOutCouncil council, HeldOutPackage package, int days)
    {
        // Enhanced sessions staff 1:2 or 1:1: behaviour that challenges, hoisting, or help with everything.
        var enhanced = person.Behaviour?.Risk >= 2 || person.Transfers == HeldOutTransfers.TwoCarers || person.Level(HeldOutArea.Community) == 4;
        package.Add(HeldOutSupport.DaySession, days, council.Rate(enhanced ? HeldOutRateKeys.DayServiceEnhanced : HeldOutRateKeys.DayServiceStandard));
    }

    /// <summary>Sleep-ins or waking nights at home, on the nights family living in do not cover.</summary>
    private static void Nights(HeldOutPerson person, HeldOutCouncil council, HeldOutPackage package)
    {
        if (person.NightNeed < 2)
        {
            return;
        }

        var nights = (decimal)person.NightsPerWeek;
        if (person.Carer is { LivesWithPerson: true } carer)
        {
            nights = council.FamilyLivingInCoversNights && carer.Reliance == 1m
                ? 0m
                : Math.Round(nights * (1m - (HeldOutPlanning.Share(person.NightUnpaid) * carer.Reliance)), MidpointRounding.AwayFromZero);
        }

        if (person.NightNeed == 3)
        {
            package.Add(HeldOutSupport.WakingNightHour, nights * council.WakingNightHoursPerNight, council.Rate(HeldOutRateKeys.WakingNightHour));
        }
        else
        {
            package.Add(HeldOutSupport.SleepInNight, nights, council.Rate(HeldOutRateKeys.SleepInNight));
        }
    }

    /// <summary>Respite weeks a year for the carer, spread over the year.</summary>
    private static void Respite(HeldOutPerson person, HeldOutCouncil council, HeldOutPackage package)
    {
        if (person.Carer is not { BreakNeed: > 0 } carer)
        {
            return;
        }

        package.Add(HeldOutSupport.RespiteWeek, council.RespiteWeeksByBreakNeed[carer.BreakNeed] / 52m, council.Rate(HeldOutRateKeys.RespiteWeek));
    }
}
