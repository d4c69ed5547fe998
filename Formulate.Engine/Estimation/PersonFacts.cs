using Formulate.Engine.Rules;
using Formulate.Engine.Tracing;

namespace Formulate.Engine.Estimation;

/// <summary>Facts about the person that several formula blocks use, worked out once per calculation.</summary>
internal sealed record PersonFacts
{
    public required string? PrimarySupportReason { get; init; }

    public required string LivingSituation { get; init; }

    /// <summary>How much longer personal care takes because of memory, learning disability and transfers.</summary>
    public required decimal CareTimeFactor { get; init; }

    /// <summary>How much longer help with meals takes because of memory and learning disability.</summary>
    public required decimal MealTimeFactor { get; init; }

    public required decimal BehaviourFactor { get; init; }

    public required decimal RoundingIncrement { get; init; }

    public TraceStep? Trace { get; init; }

    public bool InCareHome => LivingSituation is LivingSituations.ResidentialCare or LivingSituations.NursingCare;

    public bool InSharedLives => LivingSituation == LivingSituations.SharedLives;

    /// <summary>The support type that how support is arranged sets (a personal assistant); null where the setting's applies.</summary>
    public string? ArrangedSupportType { get; init; }

    /// <summary>Hourly daily-living support is priced at the supported-living rate in supported living, else the homecare rate.</summary>
    public string DailyLivingSupportType => ArrangedSupportType ??
        (LivingSituation == LivingSituations.SupportedLiving ? SupportTypes.SupportedLiving : SupportTypes.HomeCare);

    public static PersonFacts Work(Calculation calculation)
    {
        var step = calculation.Step(StepRules.PersonFactors);
        var reason = step.Answer("person.primary_support_reason");
        var living = step.Answer("person.living_situation") ?? LivingSituations.OwnHomeAlone;

        var memory = step.Answer("cognition.memory");
        var cognition = memory is null or "no_concerns" ? 1m : step.Model("factor.cognition", memory);
        var learningDisability = reason == "learning_disability" ? step.Model("factor.learning_disability") : 1m;
        var transfers = step.Answer("mobility.transfers");
        var mobility = transfers is null or "independent" ? 1m : step.Model("factor.transfers", transfers);
        var careTime = cognition * learningDisability * mobility;
        step.Explain($"care time factor = memory {cognition} × learning disability {learningDisability} × transfers {mobility} = {careTime:0.####}");

        var behaviourFactor = 1m;
        if (step.AnswerIs("behaviour.present", "yes"))
        {
            var risk = step.Answer("behaviour.risk");
            behaviourFactor = risk is null ? 1m : step.Model("factor.behaviour", risk);
            step.Explain($"behaviour factor on supervision = {behaviourFactor}");
        }

        var increment = step.Config("rounding.increment");
        return new PersonFacts
        {
            PrimarySupportReason = reason,
            LivingSituation = living,
            CareTimeFactor = careTime,
            MealTimeFactor = cognition * learningDisability,
            BehaviourFactor = behaviourFactor,
            RoundingIncrement = increment,
            Trace = step.Finish(careTime, "factor"),
        };
    }
}
