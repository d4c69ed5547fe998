using Formulate.Engine.Rules;

namespace Formulate.Engine.Estimation.Blocks;

/// <summary>Relationships, work and learning, and caring for a child: hours a week by level of need.</summary>
internal static class SocialBlocks
{
    private static readonly HourlyOutcome Relationships = new(AreaRules.Relationships, new OutcomeIds("relationships", RemainingNeedRules.Relationships));

    private static readonly HourlyOutcome Work = new(AreaRules.WorkAndLearning, new OutcomeIds("work", RemainingNeedRules.Work));

    private static readonly HourlyOutcome ChildCare = new(AreaRules.CaringForChild, new OutcomeIds("child_care", RemainingNeedRules.ChildCare));

    public static string RelationshipsId => Relationships.Rule.Id;

    public static string WorkId => Work.Rule.Id;

    public static string ChildCareId => ChildCare.Rule.Id;

    public static AreaEstimate CalculateRelationships(Calculation calculation, PersonFacts person) =>
        Relationships.Calculate(calculation, person, SupportTypes.CommunitySupport);

    public static AreaEstimate CalculateWork(Calculation calculation, PersonFacts person) =>
        Work.Calculate(calculation, person, SupportTypes.CommunitySupport, (step, _) =>
        {
            var band = step.Answer("work.hours_band");
            return (0m, band is null ? 1m : step.Model("work.hours_factor", band));
        });

    public static AreaEstimate CalculateChildCare(Calculation calculation, PersonFacts person) =>
        ChildCare.Calculate(calculation, person, person.DailyLivingSupportType, (step, _) =>
        {
            var age = step.Answer("child_care.children_age");
            return (0m, age is null ? 1m : step.Model("child_care.age_factor", age));
        });
}
