namespace Formulate.Tests.Accuracy.HeldOut;

/// <summary>
/// Supported living, as core-and-cluster cost models price it: a share of the house's core hours (staff on shift for
/// the house, divided among the tenants), one-to-one hours on top that rise with personal care, risk, behaviour and
/// supervision, and a sleep-in or waking night shared by the house or for the person alone.
/// </summary>
internal static class HeldOutSupportedLivingPlanner
{
    // Waking hours in a week, 16 a day: when no core staff are on shift, someone who cannot be left needs their own.
    private const decimal WakingHoursAWeek = 112m;

    public static void Plan(HeldOutPerson person, HeldOutCouncil council, HeldOutPackage package)
    {
        var tenants = person.Housemates + 1;
        var shared = person.Housemates > 0;
        var core = shared ? council.CoreHoursPerSupportedLivingHouse / tenants : 0m;
        var individual = shared ? BeyondCore(person, council) : OnTheirOwn(person, council);
        individual += Behaviour(person);
        if (person.PrefersGroup)
        {
            HeldOutPlanner.DaySessions(person, council, package, HeldOutPlanner.CommunityDays(person));
        }
        else
        {
            individual += HeldOutPlanner.CommunityDays(person) * HeldOutPlanner.OneToOneHoursPerDay(person, council);
        }

        individual += HeldOutPlanner.OtherCommunityHours(person);
        package.Add(HeldOutSupport.SupportedLiving, HeldOutPlanning.Quarter(core + individual), council.Rate(HeldOutRateKeys.SupportedLiving));
        Nights(person, council, package, shared, tenants);
    }

    /// <summary>Where the house has core staff, they give the routine care; the person's own hours cover what they cannot.</summary>
    private static decimal BeyondCore(HeldOutPerson person, HeldOutCouncil council)
    {
        var hours = person.PersonalCareLevel switch { 4 => 10.5m, 3 => 7m, _ => 0m };
        if (person.Transfers == HeldOutTransfers.TwoCarers)
        {
            hours += 7m;
        }

        var gap = Math.Max(0m, WakingHoursAWeek - council.CoreHoursPerSupportedLivingHouse);
        return hours + person.LeftAlone switch { 3 => gap, 2 => gap / 2m, _ => 0m };
    }

    /// <summary>Support only for them: every call, the housework and the time they cannot be left are their own hours.</summary>
    private static decimal OnTheirOwn(HeldOutPerson person, HeldOutCouncil council)
    {
        var (calls, second) = HeldOutHomeCalls.Plan(person, council, HeldOutCallMinimums.OnSite);
        var supervision = person.LeftAlone switch { 3 => WakingHoursAWeek, 2 => WakingHoursAWeek / 2m, 1 => 14m, _ => 0m };
        return calls + second + HeldOutPlanner.Housework(person) + supervision;
    }

    /// <summary>Positive behaviour support hours: more for higher risk and frequency, more again when it cannot be anticipated.</summary>
    private static decimal Behaviour(HeldOutPerson person)
    {
        if (person.Behaviour is not { Risk: >= 1, Frequency: >= 1 } behaviour)
        {
            return 0m;
        }

        var hours = behaviour.Risk switch { 1 => 3.5m, 2 => 7m, _ => 14m };
        return hours * (behaviour.Frequency >= 2 ? 2m : 1m) * (behaviour.Predictable ? 1m : 1.25m);
    }

    private static void Nights(HeldOutPerson person, HeldOutCouncil council, HeldOutPackage package, bool shared, int tenants)
    {
        var houseSleepIn = shared && council.SupportedLivingHouseSleepIn;
        if (person.NightNeed < 2 && !houseSleepIn)
        {
            return;
        }

        // A shared night is the house's, every night, split among the tenants; a night for the person alone is theirs.
        var sharedNight = shared && (person.NightShared || person.NightNeed < 2);
        var nights = sharedNight ? 7m / tenants : person.NightsPerWeek;
        if (person.NightNeed == 3)
        {
            package.Add(HeldOutSupport.WakingNightHour, nights * council.WakingNightHoursPerNight, council.Rate(HeldOutRateKeys.WakingNightHour));
        }
        else
        {
            package.Add(HeldOutSupport.SleepInNight, nights, council.Rate(HeldOutRateKeys.SleepInNight));
        }
    }
}
