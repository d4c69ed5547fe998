using Formulate.Engine.Rules;

namespace Formulate.Engine.Estimation.Blocks;

/// <summary>
/// Using the home safely: hands-on safety hours by level of need, plus daytime supervision by how long the person can
/// be left alone, raised for behaviour that challenges, and shared where a setting provides or shares supervision.
/// </summary>
internal static class SafetyBlock
{
    private static readonly HourlyOutcome Outcome = new(AreaRules.Safety, new OutcomeIds("home_safety", RemainingNeedRules.HomeSafety));

    public static string AreaId => Outcome.Rule.Id;

    /// <summary>What the result depends on in the setting: extra care housing and supported living change it; else only the rate.</summary>
    public static string Variant(PersonFacts person) =>
        person.LivingSituation is LivingSituations.ExtraCareHousing or LivingSituations.SupportedLiving ? person.LivingSituation : person.DailyLivingSupportType;

    public static AreaEstimate Calculate(Calculation calculation, PersonFacts person) =>
        Outcome.Calculate(calculation, person, person.DailyLivingSupportType, (step, _) =>
        {
            var leftAlone = step.Answer("home_safety.left_alone");
            var supervision = leftAlone is null ? 0m : step.Model("home_safety.supervision_hours", leftAlone) * person.BehaviourFactor;
            var factor = person.LivingSituation switch
            {
                LivingSituations.ExtraCareHousing => step.Model("living.extra_care.supervision_factor"),
                LivingSituations.SupportedLiving when step.Policy("policy.supported_living.share_core_hours") => 1m / SharedBy(step),
                _ => 1m,
            };
            step.Explain($"supervision {supervision:0.##} hours a week; setting factor {factor:0.####}");
            return (supervision, factor);
        });

    private static decimal SharedBy(StepRecorder step) => step.Answer("supported_living.sharing") switch
    {
        "shared_with_1" => 2m,
        "shared_with_2" => 3m,
        "shared_with_3_plus" => 4m,
        _ => 1m,
    };
}
