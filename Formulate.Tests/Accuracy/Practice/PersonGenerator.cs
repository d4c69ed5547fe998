using static Formulate.Tests.Accuracy.Practice.Draw;

namespace Formulate.Tests.Accuracy.Practice;

/// <summary>
/// Draws people as a council's long-term caseload spreads: about six in ten aged 65 or over; older people mostly with
/// physical or memory needs, at home or in care homes; working-age adults with learning disabilities mostly with family
/// or in supported living. Needs are drawn from three underlying strands (physical frailty, cognition, behaviour) so that
/// they go together as they do in real people: someone who needs a hoist almost always needs help washing, dementia
/// raises the help needed with everything and the likelihood of night-time needs.
/// </summary>
public static class PersonGenerator
{
    private static readonly string[] AgeBands = ["18_24", "25_64", "65_74", "75_84", "85_plus"];

    private static readonly string[] Reasons =
    [
        "physical_access_mobility", "physical_personal_care", "sensory_visual", "sensory_hearing", "memory_cognition",
        "learning_disability", "mental_health", "social_isolation_other",
    ];

    private static readonly double[] OlderReasons = [8, 52, 3, 1, 26, 2, 6, 2];
    private static readonly double[] WorkingAgeReasons = [6, 24, 2, 1, 2, 38, 22, 5];

    private static readonly Setting[] Settings = Enum.GetValues<Setting>();

    public static PracticePerson Next(Random random)
    {
        var age = Pick(random, AgeBands, [5, 33, 12, 23, 27]);
        var older = age is "65_74" or "75_84" or "85_plus";
        var reason = Pick(random, Reasons, older ? OlderReasons : WorkingAgeReasons);
        var setting = Pick(random, Settings, SettingWeights(reason, older));

        var physical = Unit(0.38 + (0.2 * Gaussian(random)) + PhysicalShift(reason, age, setting));
        var cognition = Unit(CognitionBase(reason, older) + (0.18 * Gaussian(random)) + (setting is Setting.ResidentialCare or Setting.NursingCare ? 0.15 : 0));
        var behaviour = Unit(BehaviourBase(reason) + (0.2 * cognition) + (0.22 * Gaussian(random)));
        var daily = Math.Max(physical, 0.85 * cognition);
        if (reason == "mental_health")
        {
            daily = Math.Max(daily, Unit(0.3 + (0.15 * Gaussian(random))));
        }

        int Adl(double shift) => Level(daily + shift + (0.07 * Gaussian(random)), 0.22, 0.4, 0.6, 0.78);
        var transfers = (Transfers)Level(physical + (0.06 * Gaussian(random)), 0.45, 0.58, 0.76);
        var medicines = Level(Math.Max(physical, cognition) + (reason == "mental_health" ? 0.25 : 0) + (0.15 * Gaussian(random)), 0.3, 0.5, 0.88);
        var nightStrand = Math.Max(0.8 * physical, Math.Max(0.95 * cognition, 0.85 * behaviour)) + (0.12 * Gaussian(random));
        var workingAge = !older && reason is "learning_disability" or "mental_health" or "physical_personal_care" or "physical_access_mobility";

        return new PracticePerson
        {
            AgeBand = age,
            SupportReason = reason,
            Setting = setting,
            Washing = Adl(0.03),
            Toileting = Adl(-0.06),
            Dressing = Adl(0),
            Meals = Adl(-0.02),
            AssistToEat = physical > 0.85 || cognition > 0.85,
            Transfers = transfers,
            UsesHoist = transfers == Transfers.TwoCarers || (transfers == Transfers.OneCarer && Chance(random, 0.3)),
            Cognition = Level(cognition, 0.25, 0.48, 0.72),
            Behaviour = Level(behaviour, 0.4, 0.58, 0.76),
            Night = (NightNeed)Level(nightStrand, 0.5, 0.66, 0.86),
            Medication = (MedicationSupport)medicines,
            MedicationTimes = medicines == 0 ? 0 : 1 + Level(Math.Max(physical, cognition) + (0.2 * Gaussian(random)), 0.35, 0.6, 0.85),
            Household = Level(Math.Max(physical, 0.9 * cognition) + (0.1 * Gaussian(random)), 0.2, 0.35, 0.55, 0.75),
            Community = Level((older ? 0.25 : 0.45) + (0.3 * Math.Max(cognition, behaviour)) + (0.2 * Gaussian(random)), 0.25, 0.4, 0.6, 0.8),
            PrefersGroups = Chance(random, reason == "learning_disability" || older ? 0.6 : 0.3),
            Work = workingAge && Chance(random, reason == "physical_access_mobility" ? 0.15 : 0.25) ? 1 + random.Next(3) : 0,
            Safety = Level(Math.Max(cognition, behaviour) + (0.12 * Gaussian(random)), 0.3, 0.5, 0.68, 0.84),
            Carer = CarerFor(random, setting, older, Math.Max(physical, Math.Max(cognition, behaviour))),
            Housemates = setting == Setting.SupportedLiving ? Pick(random, [0, 1, 2, 3, 4], [2, 2, 3, 3, 2]) : 0,
        };
    }

    private static double[] SettingWeights(string reason, bool older) => reason switch
    {
        // own home alone, with family, extra care, supported living, Shared Lives, residential, nursing
        "learning_disability" => [8, 32, 1, 36, 9, 13, 1],
        "mental_health" => [38, 18, 3, 24, 2, 13, 2],
        "memory_cognition" => [16, 32, 5, 1, 0, 26, 20],
        _ when older => [36, 28, 8, 1, 0, 15, 12],
        _ => [34, 42, 5, 9, 1, 5, 4],
    };

    private static double PhysicalShift(string reason, string age, Setting setting) =>
        reason switch
        {
            "physical_personal_care" => 0.1,
            "physical_access_mobility" => 0.02,
            "learning_disability" => -0.08,
            "mental_health" => -0.2,
            "memory_cognition" => 0,
            "social_isolation_other" => -0.22,
            _ => -0.12,
        }
        + (age == "85_plus" ? 0.08 : 0)
        + setting switch
        {
            Setting.NursingCare => 0.32,
            Setting.ResidentialCare => 0.12,
            Setting.SupportedLiving or Setting.SharedLives => -0.05,
            _ => 0,
        };

    private static double CognitionBase(string reason, bool older) => reason switch
    {
        "memory_cognition" => 0.62,
        "learning_disability" => 0.48,
        "mental_health" => 0.2,
        _ => older ? 0.12 : 0.03,
    };

    private static double BehaviourBase(string reason) => reason switch
    {
        "learning_disability" => 0.3,
        "mental_health" => 0.32,
        "memory_cognition" => 0.15,
        _ => 0.02,
    };

    private static UnpaidCarer? CarerFor(Random random, Setting setting, bool older, double need)
    {
        var present = setting switch
        {
            Setting.OwnHomeWithFamily => true,
            Setting.OwnHomeAlone => Chance(random, 0.4),
            Setting.ExtraCareHousing => Chance(random, 0.25),
            Setting.SupportedLiving => Chance(random, 0.1),
            _ => false,
        };
        if (!present)
        {
            return null;
        }

        var livesWith = setting == Setting.OwnHomeWithFamily;
        var relationship = livesWith
            ? Pick(random, ["partner", "parent", "adult_child", "other_relative"], older ? [60, 0, 32, 8] : [40, 45, 5, 10])
            : Pick(random, ["adult_child", "other_relative", "friend", "parent"], older ? [70, 15, 15, 0] : [10, 20, 20, 50]);
        var carerAge = relationship switch
        {
            "partner" when older => Pick(random, ["65_74", "75_plus"], [4, 6]),
            "parent" => Pick(random, ["18_64", "65_74", "75_plus"], [6, 3, 1]),
            _ => Pick(random, ["18_64", "65_74"], [8, 2]),
        };
        var hoursBand = livesWith ? Level(need + (0.2 * Gaussian(random)), 0.35, 0.6) : Level(need - 0.2 + (0.2 * Gaussian(random)), 0.5);
        var strain = (CarerStrain)Level(0.15 + (0.45 * need) + (carerAge == "75_plus" ? 0.15 : 0) + (0.18 * Gaussian(random)), 0.5, 0.72);
        var share = !livesWith ? (Chance(random, 0.5) ? 1 : 0) : strain switch
        {
            CarerStrain.Sustainable => Chance(random, 0.6) ? 2 : 1,
            CarerStrain.AtRisk => 1,
            _ => Chance(random, 0.5) ? 1 : 0,
        };

        return new UnpaidCarer
        {
            LivesWithPerson = livesWith,
            Relationship = relationship,
            AgeBand = carerAge,
            Strain = strain,
            Share = share,
            Works = carerAge == "18_64" && Chance(random, 0.55),
            HoursBand = hoursBand,
        };
    }
}
