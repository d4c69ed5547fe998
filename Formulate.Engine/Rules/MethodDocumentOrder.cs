namespace Formulate.Engine.Rules;

/// <summary>
/// The order a method document prints its headings in, for either formula. It is its own class, apart from
/// <see cref="MethodSections"/>, because the care-as-planned headings borrow the by-activity headings' titles: were the
/// list in <see cref="MethodSections"/>, each class's static initialiser would need the other's, and two threads first
/// using one each could see the other's headings still unset.
/// </summary>
public static class MethodDocumentOrder
{
    /// <summary>Every heading of either formula, in the order a document prints them.</summary>
    public static IReadOnlyList<MethodSection> All { get; } =
    [
        MethodSections.NeedsMetInOtherWays, PlannedMethodSections.NeedsMetInOtherWays, MethodSections.PersonalCare, PlannedMethodSections.Calls,
        MethodSections.SecondCarer, PlannedMethodSections.SecondCarer, MethodSections.EatingAndDrinking, MethodSections.Medication,
        MethodSections.Household, MethodSections.Safety, PlannedMethodSections.Safety, PlannedMethodSections.CoreAndOneToOne,
        MethodSections.Relationships, MethodSections.Community, MethodSections.Work, PlannedMethodSections.Days, MethodSections.ChildCare,
        MethodSections.Night, PlannedMethodSections.Night, MethodSections.CarerBreaks, PlannedMethodSections.CareHours, MethodSections.CareHome,
        PlannedMethodSections.CareHome, MethodSections.SharedLives, PlannedMethodSections.SharedLives, MethodSections.Limits, MethodSections.Rounding,
    ];

    /// <summary>The headings of the method document for a model of <paramref name="formula"/>, in order.</summary>
    public static IReadOnlyList<MethodSection> For(string formula) => [.. All.Where(section => section.Formulas.Contains(formula))];
}
