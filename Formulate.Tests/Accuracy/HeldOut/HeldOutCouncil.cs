namespace Formulate.Tests.Accuracy.HeldOut;

/// <summary>
/// A council drawn from a seed: its own 2025/26 rates, drawn around published figures, and its own care planning
/// habits, drawn within the range of published practice. Only <see cref="Rates"/>, <see cref="MinimumCallMinutes"/> and
/// <see cref="CoreHoursPerSupportedLivingHouse"/> are what a council would also type into a configuration; the other
/// habits are how its planners and brokers work.
/// </summary>
public sealed record HeldOutCouncil
{
    public required string Name { get; init; }

    /// <summary>Rates by configuration key (<see cref="HeldOutRateKeys"/>).</summary>
    public required IReadOnlyDictionary<string, decimal> Rates { get; init; }

    /// <summary>The shortest personal care call the council books (NICE NG21 / QS123 statement 4: at least 30 minutes).</summary>
    public required int MinimumCallMinutes { get; init; }

    /// <summary>Staff hours a week on shift for a whole supported living house, shared among its tenants.</summary>
    public required decimal CoreHoursPerSupportedLivingHouse { get; init; }

    /// <summary>Whether a double-handed call pays the second carer for the whole call, or only for the transfers in it.</summary>
    public required bool SecondCarerPaidForWholeCall { get; init; }

    /// <summary>Whether a family carer living in, fit and willing, may be the second person for transfers outside the morning call.</summary>
    public required bool FamilyMayBeSecondCarer { get; init; }

    /// <summary>Whether a sustainable, willing family carer living with the person is expected to cover the nights.</summary>
    public required bool FamilyLivingInCoversNights { get; init; }

    /// <summary>Whether a call only to prompt or give medicines may be 15 minutes (NICE NG21 allows short visits for a specific task).</summary>
    public required bool ShortMedicationCalls { get; init; }

    /// <summary>Whether extra care's on-site team may make 15-minute calls, being part of a wider package on site.</summary>
    public required bool ExtraCareShortCalls { get; init; }

    /// <summary>Hours of one-to-one community support a day (a session).</summary>
    public required int CommunitySupportHoursPerDay { get; init; }

    /// <summary>Hours in a waking night.</summary>
    public required decimal WakingNightHoursPerNight { get; init; }

    /// <summary>Respite weeks a year the council plans for a carer needing no break, about 1, 2 and 4 weeks of breaks.</summary>
    public required IReadOnlyList<int> RespiteWeeksByBreakNeed { get; init; }

    /// <summary>Whether every shared supported living house has a sleep-in shared by its tenants, needed or not by each.</summary>
    public required bool SupportedLivingHouseSleepIn { get; init; }

    /// <summary>Whether the enhanced care home band is paid for high physical dependency, not only for dementia with behaviour.</summary>
    public required bool EnhancedBandForPhysicalDependency { get; init; }

    /// <summary>Hours a week each extra care tenant pays towards the scheme's on-site cover.</summary>
    public required decimal ExtraCareCoreHoursPerTenant { get; init; }

    /// <summary>Weeks a year of breaks for a Shared Lives carer, paid as respite for the person (Oxfordshire pays up to six).</summary>
    public required int SharedLivesBreakWeeksPerYear { get; init; }

    public decimal Rate(string key) => Rates[key];

    public static HeldOutCouncil Drawn(int seed)
    {
        var random = new Random(seed);
        return new HeldOutCouncil
        {
            Name = $"Held-out council {seed}",
            Rates = DrawRates(random),
            MinimumCallMinutes = random.Chance(0.7) ? 30 : 45,
            CoreHoursPerSupportedLivingHouse = 7 * random.Next(12, 25),
            SecondCarerPaidForWholeCall = random.Chance(0.75),
            FamilyMayBeSecondCarer = random.Chance(0.4),
            FamilyLivingInCoversNights = random.Chance(0.5),
            ShortMedicationCalls = random.Chance(0.5),
            ExtraCareShortCalls = random.Chance(0.6),
            CommunitySupportHoursPerDay = random.Next(3, 7),
            WakingNightHoursPerNight = random.Chance(0.5) ? 9m : 10m,
            RespiteWeeksByBreakNeed = [0, 1, 2, random.Chance(0.6) ? 4 : 6],
            SupportedLivingHouseSleepIn = random.Chance(0.5),
            EnhancedBandForPhysicalDependency = random.Chance(0.5),
            ExtraCareCoreHoursPerTenant = random.Pick((0.5m, 1.0), (1m, 1.0), (2m, 1.0)),
            SharedLivesBreakWeeksPerYear = random.Pick((0, 2.0), (2, 1.0), (4, 1.0)),
        };
    }

    private static Dictionary<string, decimal> DrawRates(Random random)
    {
        // Homecare Association, fee rates for state-funded homecare 2025-26: councils paid £24.10 an hour on average
        // against its Minimum Price of £32.14; Wolverhampton paid £21.64.
        var homeCare = random.Between(21.50m, 28.50m);

        // Wolverhampton 2025/26: direct-payment personal assistant £15.48–£18.88 an hour, supported living £20.64;
        // Devon supported living average £21.34; Lincolnshire framework £19.15.
        var personalAssistant = random.Between(15.50m, 19.50m);
        var supportedLiving = random.Between(19.50m, 23.50m);
        var communitySupport = random.Between(19.50m, 24.00m);

        // Day service sessions cost a council about £40–£75; enhanced sessions staff 1:2 or 1:1.
        var dayStandard = random.Between(38m, 58m);
        var dayEnhanced = Math.Round(dayStandard * random.Between(1.4m, 1.8m), 2);

        // Shared Lives long-term bands: Oxfordshire £333.96 / £394.65 / £455.40; Rotherham £372.37 / £427.18 / £481.99.
        var band1 = random.Between(300m, 380m);
        var band2 = Math.Round(band1 * random.Between(1.14m, 1.22m), 2);
        var band3 = Math.Round(band2 * random.Between(1.12m, 1.20m), 2);

        // LaingBuisson: councils' average fee 2024/25 residential £908, nursing £1,225 (with FNC, which the NHS pays:
        // £254.06 a week in 2025/26, so the council's own nursing fee excludes it). Learning disability and mental
        // health homes often £1,300–£2,200.
        var residential = random.Between(820m, 1_050m);
        var nursing = random.Between(980m, 1_250m);
        var learningDisability = random.Between(1_300m, 1_700m);
        var mentalHealth = random.Between(950m, 1_300m);
        var oneToOne = random.Between(18.50m, 24.00m);

        return new Dictionary<string, decimal>(StringComparer.Ordinal)
        {
            [HeldOutRateKeys.HomeCare] = homeCare,
            [HeldOutRateKeys.PersonalAssistant] = personalAssistant,
            [HeldOutRateKeys.SupportedLiving] = supportedLiving,
            [HeldOutRateKeys.CommunitySupport] = communitySupport,
            [HeldOutRateKeys.CommunitySupportLearningDisability] = communitySupport + random.Between(0m, 1.50m),
            [HeldOutRateKeys.DayServiceStandard] = dayStandard,
            [HeldOutRateKeys.DayServiceEnhanced] = dayEnhanced,

            // Essex 2024/25 sleeping night £12.84 an hour and waking night £21.72; a sleep-in is now paid at the
            // National Living Wage (£12.21 from April 2025) for about nine hours, with on-costs.
            [HeldOutRateKeys.SleepInNight] = random.Between(95m, 140m),
            [HeldOutRateKeys.WakingNightHour] = random.Between(21m, 26m),

            // Isles of Scilly 2023/24 respite about £149 a day; the white paper's benchmark £485–£715 a week.
            [HeldOutRateKeys.RespiteWeek] = random.Between(780m, 1_150m),
            [HeldOutRateKeys.SharedLivesBand1] = band1,
            [HeldOutRateKeys.SharedLivesBand2] = band2,
            [HeldOutRateKeys.SharedLivesBand3] = band3,
            [HeldOutRateKeys.ResidentialStandard] = residential,
            [HeldOutRateKeys.ResidentialEnhanced] = Math.Round(residential * random.Between(1.10m, 1.22m), 2),
            [HeldOutRateKeys.NursingStandard] = nursing,
            [HeldOutRateKeys.NursingEnhanced] = Math.Round(nursing * random.Between(1.08m, 1.20m), 2),
            [HeldOutRateKeys.LearningDisabilityStandard] = learningDisability,
            [HeldOutRateKeys.LearningDisabilityEnhanced] = Math.Round(learningDisability * random.Between(1.25m, 1.45m), 2),
            [HeldOutRateKeys.MentalHealthStandard] = mentalHealth,
            [HeldOutRateKeys.MentalHealthEnhanced] = Math.Round(mentalHealth * random.Between(1.20m, 1.40m), 2),
            [HeldOutRateKeys.CareHomeOneToOneHour] = oneToOne,
            [HeldOutRateKeys.CareHomeStaffHour] = oneToOne,
        };
    }
}
