namespace Formulate.Engine.Estimation;

/// <summary>The unpaid-support answers each formula block reads, so that results can be shared only where they agree.</summary>
internal static class UnpaidQuestions
{
    public static readonly string[] PersonalCare = ["hygiene.unpaid", "toileting.unpaid", "dressing.unpaid"];
    public static readonly string[] Nutrition = ["nutrition.unpaid"];
    public static readonly string[] Medication = ["medication.unpaid"];
    public static readonly string[] Visits = [.. PersonalCare, .. Nutrition, .. Medication];
    public static readonly string[] Household = ["home_environment.unpaid"];
    public static readonly string[] Safety = ["home_safety.unpaid"];
    public static readonly string[] Night = ["night.unpaid"];
    public static readonly string[] Relationships = ["relationships.unpaid"];
    public static readonly string[] Community = ["community.unpaid"];
    public static readonly string[] Work = ["work.unpaid"];
    public static readonly string[] ChildCare = ["child_care.unpaid"];
}
