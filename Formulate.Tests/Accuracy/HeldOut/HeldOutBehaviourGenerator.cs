namespace Formulate.Tests.Accuracy.HeldOut;

/// <summary>Draws behaviour that may challenge, most often with a learning disability, dementia or mental ill health.</summary>
internal static class HeldOutBehaviourGenerator
{
    public static HeldOutBehaviour? Draw(Random random, HeldOutCohort cohort, string reason, double cognition)
    {
        var dementia = reason == "memory_cognition";
        var chance = cohort switch
        {
            HeldOutCohort.LearningDisability => 0.15 + (0.4 * cognition),
            HeldOutCohort.MentalHealth => 0.45,
            _ when dementia => cognition > 0.6 ? 0.4 : 0.15,
            HeldOutCohort.Social when reason == "social_substance_misuse" => 0.3,
            _ => 0.04,
        };
        if (!random.Chance(chance))
        {
            return null;
        }

        var kind = cohort switch
        {
            HeldOutCohort.LearningDisability => random.Pick(("physical_to_others", 0.25), ("self_harm", 0.2), ("property", 0.15), ("verbal", 0.2),
                ("disinhibition", 0.1), ("resisting_care", 0.1)),
            HeldOutCohort.MentalHealth => random.Pick(("self_neglect", 0.3), ("self_harm", 0.25), ("verbal", 0.25), ("physical_to_others", 0.1),
                ("disinhibition", 0.1)),
            HeldOutCohort.Social => random.Pick(("self_neglect", 0.5), ("verbal", 0.3), ("property", 0.2)),
            _ => random.Pick(("wandering", 0.35), ("resisting_care", 0.3), ("verbal", 0.2), ("physical_to_others", 0.15)),
        };
        var risk = random.Level(0.5 + (cognition * 1.3) + (cohort == HeldOutCohort.MentalHealth ? 0.6 : 0), 3, 0.6);
        return new HeldOutBehaviour
        {
            Kind = kind,
            Frequency = random.Level(0.9 + cognition, 3, 0.6),
            Risk = risk,
            Predictable = random.Chance(0.65 - (0.12 * risk)),
            HasSupportPlan = random.Chance(cohort == HeldOutCohort.LearningDisability ? 0.6 : 0.25),
        };
    }
}
