namespace Formulate.Engine.Estimation.Blocks;

/// <summary>Relationships, work and learning, and caring for a child: hours a week by level of need.</summary>
internal static class SocialBlocks
{
    public const string RelationshipsId = "relationships";
    public const string WorkId = "work-learning";
    public const string ChildCareId = "caring-for-child";

    private static readonly HourlyOutcome Relationships =
        new(RelationshipsId, "Relationships", "Keeping up family and other relationships", new OutcomeIds("relationships", "keep up relationships"));

    private static readonly HourlyOutcome Work =
        new(WorkId, "Work, training and learning", "Work, training, education and volunteering", new OutcomeIds("work", "take part in work or learning"));

    private static readonly HourlyOutcome ChildCare =
        new(ChildCareId, "Caring for a child", "Caring responsibilities for a child", new OutcomeIds("child_care", "care for a child"));

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
