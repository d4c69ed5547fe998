namespace Formulate.Tests.Accuracy.HeldOut;

/// <summary>
/// Draws people from a plausible English adult social care caseload (NHS Digital, Adult Social Care Activity and
/// Finance 2023-24: about two thirds of long-term clients are 65 or over, most of them supported at home; about a fifth
/// to a quarter live in care homes; learning disability is the largest working-age group, mostly in supported living,
/// the family home, Shared Lives or learning disability care homes). Needs are drawn from two underlying traits,
/// physical dependency and cognitive impairment, so that they move together as they do in people: dementia brings
/// supervision and night needs, hoist transfers come with help in every personal care task.
/// </summary>
public static class HeldOutPersonGenerator
{
    public static HeldOutPerson Draw(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var cohort = random.Pick(
            (HeldOutCohort.OlderPersonAtHome, 0.44), (HeldOutCohort.OlderPersonInCareHome, 0.17), (HeldOutCohort.WorkingAgePhysical, 0.09),
            (HeldOutCohort.LearningDisability, 0.18), (HeldOutCohort.MentalHealth, 0.07), (HeldOutCohort.Sensory, 0.025), (HeldOutCohort.Social, 0.025));
        var (ageBand, reason, setting) = Placement(random, cohort);
        var (physical, cognition, mood) = Traits(random, cohort, reason, setting);
        var behaviour = HeldOutBehaviourGenerator.Draw(random, cohort, reason, cognition);
        var carer = HeldOutCarerGenerator.Draw(random, cohort, setting, ageBand, physical, cognition, behaviour is not null);
        return HeldOutNeedsGenerator.Draw(random, new HeldOutNeedsGenerator.Start(cohort, ageBand, reason, setting, physical, cognition, mood, behaviour, carer));
    }

    private static (string AgeBand, string Reason, HeldOutSetting Setting) Placement(Random random, HeldOutCohort cohort) => cohort switch
    {
        HeldOutCohort.OlderPersonAtHome => (
            random.Pick(("65_74", 0.2), ("75_84", 0.4), ("85_plus", 0.4)),
            random.Pick(("physical_personal_care", 0.55), ("memory_cognition", 0.25), ("physical_access_mobility", 0.1),
                ("sensory_visual", 0.03), ("sensory_hearing", 0.02), ("social_isolation_other", 0.05)),
            random.Pick((HeldOutSetting.OwnHomeAlone, 0.5), (HeldOutSetting.OwnHomeWithFamily, 0.42), (HeldOutSetting.ExtraCareHousing, 0.08))),
        HeldOutCohort.OlderPersonInCareHome => (
            random.Pick(("65_74", 0.1), ("75_84", 0.35), ("85_plus", 0.55)),
            random.Pick(("memory_cognition", 0.5), ("physical_personal_care", 0.45), ("mental_health", 0.05)),
            random.Pick((HeldOutSetting.ResidentialCare, 0.62), (HeldOutSetting.NursingCare, 0.38))),
        HeldOutCohort.WorkingAgePhysical => (
            random.Pick(("18_24", 0.12), ("25_64", 0.88)),
            random.Pick(("physical_personal_care", 0.75), ("physical_access_mobility", 0.2), ("memory_cognition", 0.05)),
            random.Pick((HeldOutSetting.OwnHomeAlone, 0.35), (HeldOutSetting.OwnHomeWithFamily, 0.45), (HeldOutSetting.SupportedLiving, 0.08),
                (HeldOutSetting.ExtraCareHousing, 0.03), (HeldOutSetting.ResidentialCare, 0.05), (HeldOutSetting.NursingCare, 0.04))),
        HeldOutCohort.LearningDisability => (
            random.Pick(("18_24", 0.2), ("25_64", 0.72), ("65_74", 0.08)),
            "learning_disability",
            random.Pick((HeldOutSetting.SupportedLiving, 0.36), (HeldOutSetting.OwnHomeWithFamily, 0.28), (HeldOutSetting.SharedLives, 0.1),
                (HeldOutSetting.ResidentialCare, 0.14), (HeldOutSetting.OwnHomeAlone, 0.1), (HeldOutSetting.NursingCare, 0.02))),
        HeldOutCohort.MentalHealth => (
            random.Pick(("18_24", 0.08), ("25_64", 0.8), ("65_74", 0.12)),
            "mental_health",
            random.Pick((HeldOutSetting.OwnHomeAlone, 0.5), (HeldOutSetting.SupportedLiving, 0.22), (HeldOutSetting.OwnHomeWithFamily, 0.12),
                (HeldOutSetting.ResidentialCare, 0.12), (HeldOutSetting.SharedLives, 0.04))),
        HeldOutCohort.Sensory => (
            random.Pick(("25_64", 0.4), ("65_74", 0.2), ("75_84", 0.25), ("85_plus", 0.15)),
            random.Pick(("sensory_visual", 0.55), ("sensory_hearing", 0.2), ("sensory_dual", 0.25)),
            random.Pick((HeldOutSetting.OwnHomeAlone, 0.55), (HeldOutSetting.OwnHomeWithFamily, 0.4), (HeldOutSetting.ResidentialCare, 0.05))),
        _ => (
            random.Pick(("18_24", 0.1), ("25_64", 0.8), ("65_74", 0.1)),
            random.Pick(("social_substance_misuse", 0.45), ("social_asylum_seeker", 0.15), ("social_isolation_other", 0.4)),
            random.Pick((HeldOutSetting.OwnHomeAlone, 0.8), (HeldOutSetting.OwnHomeWithFamily, 0.1), (HeldOutSetting.SupportedLiving, 0.1))),
    };

    private static (double Physical, double Cognition, double Mood) Traits(Random random, HeldOutCohort cohort, string reason, HeldOutSetting setting)
    {
        var dementia = reason == "memory_cognition";
        var (physical, cognition) = cohort switch
        {
            HeldOutCohort.OlderPersonAtHome => (random.Around(0.45, 0.45), dementia ? random.Around(0.68, 0.3) : random.Around(0.15, 0.25)),
            HeldOutCohort.OlderPersonInCareHome => (
                setting == HeldOutSetting.NursingCare ? random.Around(0.85, 0.2) : random.Around(0.6, 0.35),
                dementia ? random.Around(0.8, 0.2) : random.Around(0.4, 0.4)),
            HeldOutCohort.WorkingAgePhysical => (random.Around(0.58, 0.42), dementia ? random.Around(0.55, 0.3) : random.Around(0.05, 0.1)),
            HeldOutCohort.LearningDisability => LearningDisabilityTraits(random, setting),
            HeldOutCohort.MentalHealth => (random.Around(0.1, 0.15), random.Around(0.3, 0.25)),
            HeldOutCohort.Sensory => (random.Around(0.3, 0.3), random.Around(0.05, 0.1)),
            _ => (random.Around(0.08, 0.1), random.Around(0.1, 0.15)),
        };

        // Someone who cannot be left at all rarely stays at home alone: they would move or have live-in help.
        if (setting == HeldOutSetting.OwnHomeAlone)
        {
            cognition = Math.Min(cognition, 0.82);
        }

        var mood = cohort switch
        {
            HeldOutCohort.MentalHealth => random.Around(0.6, 0.35),
            HeldOutCohort.Social => random.Around(0.35, 0.3),
            _ => random.Around(dementia ? 0.25 : 0.12, 0.2),
        };
        return (physical, cognition, mood);
    }

    private static (double Physical, double Cognition) LearningDisabilityTraits(Random random, HeldOutSetting setting)
    {
        var cognition = setting switch
        {
            HeldOutSetting.OwnHomeAlone => random.Around(0.35, 0.2),
            HeldOutSetting.ResidentialCare or HeldOutSetting.NursingCare => random.Around(0.8, 0.2),
            _ => random.Around(0.6, 0.35),
        };

        // Profound and multiple learning disability: severe cognitive impairment with high physical dependency.
        var physical = cognition > 0.85 && random.Chance(0.4) ? random.Around(0.85, 0.15) : random.Around(0.25, 0.3);
        return (physical, cognition);
    }
}
