namespace Formulate.Tests.Accuracy.HeldOut;

/// <summary>Draws whether a person has an unpaid carer, who they are and how much they can carry on doing.</summary>
internal static class HeldOutCarerGenerator
{
    public static HeldOutCarer? Draw(Random random, HeldOutCohort cohort, HeldOutSetting setting, string ageBand, double physical, double cognition, bool behaviour)
    {
        // Most people living with family are cared for by them; about half of those living alone have a relative or
        // friend who helps (Census 2021: 5 million unpaid carers in England and Wales).
        var chance = setting switch
        {
            HeldOutSetting.OwnHomeWithFamily => 0.97,
            HeldOutSetting.OwnHomeAlone => 0.5,
            HeldOutSetting.ExtraCareHousing => 0.4,
            HeldOutSetting.SupportedLiving => 0.45,
            HeldOutSetting.SharedLives => 0.3,
            _ => 0.45,
        };
        if (!random.Chance(chance))
        {
            return null;
        }

        var livesWith = setting == HeldOutSetting.OwnHomeWithFamily;
        var older = ageBand is "65_74" or "75_84" or "85_plus";
        var relationship = livesWith
            ? cohort == HeldOutCohort.LearningDisability || ageBand == "18_24"
                ? random.Pick(("parent", 0.85), ("other_relative", 0.1), ("friend", 0.05))
                : older
                    ? random.Pick(("partner", 0.6), ("adult_child", 0.35), ("other_relative", 0.05))
                    : random.Pick(("partner", 0.6), ("parent", 0.25), ("adult_child", 0.1), ("friend", 0.05))
            : cohort == HeldOutCohort.LearningDisability
                ? random.Pick(("parent", 0.7), ("other_relative", 0.2), ("friend", 0.1))
                : random.Pick(("adult_child", 0.5), ("other_relative", 0.2), ("friend", 0.2), ("partner", 0.1));
        var carerAge = CarerAge(random, relationship, ageBand);
        var heavy = physical > 0.65 || cognition > 0.7;
        var hours = livesWith
            ? heavy ? random.Pick(("50_plus", 0.7), ("20_49", 0.3)) : random.Pick(("20_49", 0.6), ("50_plus", 0.25), ("under_20", 0.15))
            : random.Pick(("under_20", 0.7), ("20_49", 0.3));
        var health = random.Level(carerAge is "75_plus" ? 1.0 : carerAge is "65_74" ? 0.7 : 0.3, 2);

        // Carers of people with dementia or behaviour that challenges, and those caring 50 hours or more, are the
        // most likely to be at breaking point (Carers UK, State of Caring).
        var strain = 0.15 + (0.25 * health) + (cognition > 0.6 ? 0.3 : 0) + (behaviour ? 0.2 : 0) + (hours == "50_plus" ? 0.2 : 0);
        var sustainability = random.Level((strain * 2.2) - 0.5, 2, 0.5);
        var atHome = setting is HeldOutSetting.OwnHomeAlone or HeldOutSetting.OwnHomeWithFamily or HeldOutSetting.ExtraCareHousing;
        return new HeldOutCarer
        {
            Relationship = relationship,
            AgeBand = carerAge,
            LivesWithPerson = livesWith,
            HoursBand = hours,
            Health = health,
            Sustainability = sustainability,
            Willingness = random.Level((sustainability * 0.45) + 0.05, 2, 0.4),
            OwnNeeds = random.Level((health * 0.8) - 0.2, 2),
            BreakNeed = atHome ? random.Level(0.3 + sustainability + (hours == "50_plus" ? 0.5 : 0) + (livesWith ? 0.3 : -0.5), 3, 0.5) : 0,
            Assessment = random.Pick(("completed", 0.45), ("offered_declined", 0.25), ("not_offered", 0.3)),
            Works = carerAge == "18_64" ? random.Chance(0.55) : random.Chance(0.05),
        };
    }

    private static string CarerAge(Random random, string relationship, string personAge) => relationship switch
    {
        "partner" => personAge switch
        {
            "85_plus" => "75_plus",
            "75_84" => random.Pick(("75_plus", 0.6), ("65_74", 0.4)),
            "65_74" => random.Pick(("65_74", 0.7), ("18_64", 0.2), ("75_plus", 0.1)),
            _ => "18_64",
        },
        "parent" => personAge == "18_24" ? "18_64" : random.Pick(("65_74", 0.5), ("18_64", 0.35), ("75_plus", 0.15)),
        "adult_child" => random.Pick(("18_64", 0.85), ("65_74", 0.15)),
        _ => random.Pick(("18_64", 0.5), ("65_74", 0.3), ("75_plus", 0.2)),
    };
}
