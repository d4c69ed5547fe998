using static Formulate.Tests.Accuracy.Practice.Draw;

namespace Formulate.Tests.Accuracy.Practice;

/// <summary>
/// A council drawn at random: its fee schedule (what it pays providers) and its planning habits (how its brokers and
/// practitioners usually arrange a package). Two councils from different seeds differ as English councils do: a
/// homecare rate anywhere from £21 to £27 an hour, day services £40 to £75 a session, one council insisting on 45-minute
/// personal care calls where another books 30, one buying cleaning and another not.
/// </summary>
public sealed record PracticeCouncil
{
    public required string Name { get; init; }

    public required decimal HomeCareHour { get; init; }

    public required decimal SupportedLivingHour { get; init; }

    /// <summary>Community support or a personal assistant, per hour.</summary>
    public required decimal CommunitySupportHour { get; init; }

    public required decimal DayServiceSession { get; init; }

    /// <summary>A session with more staff, for someone with dementia or behaviour that challenges.</summary>
    public required decimal DayServiceSessionEnhanced { get; init; }

    public required decimal SleepInNight { get; init; }

    public required decimal WakingNightHour { get; init; }

    public required decimal RespiteWeek { get; init; }

    /// <summary>Shared Lives long-term fee per week for bands 1 to 3 (the social care element the council pays).</summary>
    public required IReadOnlyList<decimal> SharedLivesBands { get; init; }

    /// <summary>The council's flat weekly care-home fee by type, standard band first, then enhanced.</summary>
    public required IReadOnlyDictionary<CareHomeType, (decimal Standard, decimal Enhanced)> CareHomeFees { get; init; }

    /// <summary>One-to-one staff time bought on top of a care-home fee, per hour.</summary>
    public required decimal CareHomeOneToOneHour { get; init; }

    public required PlanningHabits Habits { get; init; }

    public static PracticeCouncil Drawn(int seed)
    {
        var random = new Random(seed);
        var residential = Between(random, 700, 950);
        var nursing = residential + Between(random, 150, 320);
        var learningDisability = Between(random, 1300, 1750);
        var mentalHealth = Between(random, 850, 1200);
        var sharedLives = Between(random, 330, 420);
        var daySession = Between(random, 40, 55);
        return new PracticeCouncil
        {
            Name = $"Council {seed}",
            HomeCareHour = Money(random, 21, 27),
            SupportedLivingHour = Money(random, 19, 24),
            CommunitySupportHour = Money(random, 15.5, 20),
            DayServiceSession = Math.Round((decimal)daySession, 2),
            DayServiceSessionEnhanced = Math.Round((decimal)(daySession * Between(random, 1.3, 1.5)), 2),
            SleepInNight = Money(random, 85, 125),
            WakingNightHour = Money(random, 19, 24),
            RespiteWeek = Money(random, 650, 1100),
            SharedLivesBands = [Math.Round((decimal)sharedLives, 2), Math.Round((decimal)(sharedLives * 1.25), 2), Math.Round((decimal)(sharedLives * 1.6), 2)],
            CareHomeFees = new Dictionary<CareHomeType, (decimal, decimal)>
            {
                [CareHomeType.Residential] = Band(residential, Between(random, 60, 180)),
                [CareHomeType.Nursing] = Band(nursing, Between(random, 60, 200)),
                [CareHomeType.LearningDisability] = Band(learningDisability, Between(random, 300, 500)),
                [CareHomeType.MentalHealth] = Band(mentalHealth, Between(random, 150, 350)),
            },
            CareHomeOneToOneHour = Money(random, 17, 22),
            Habits = PlanningHabits.Drawn(random),
        };
    }

    private static (decimal, decimal) Band(double standard, double enhancement) =>
        (Math.Round((decimal)standard, 2), Math.Round((decimal)(standard + enhancement), 2));
}
