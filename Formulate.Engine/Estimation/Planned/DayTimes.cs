namespace Formulate.Engine.Estimation.Planned;

/// <summary>The times of day care is planned at, in order, with the questions that ask about each.</summary>
internal static class DayTimes
{
    public const int Morning = 0;
    public const int Midday = 1;
    public const int Teatime = 2;
    public const int Bedtime = 3;
    public const int Count = 4;

    // Teatime keeps the id "evening" from question set 2025.1, so that drafts upgrade with their answers.
    public static readonly string[] Names = ["morning", "midday", "teatime", "bedtime"];

    public static readonly string[] PersonalCare = ["personal_care.morning", "personal_care.midday", "personal_care.evening", "personal_care.bedtime"];

    /// <summary>Meals are asked about at the first three times; there is no bedtime meal.</summary>
    public static readonly string?[] Meal = ["nutrition.morning", "nutrition.midday", "nutrition.evening", null];

    public static readonly string[] Medicine = ["medication.morning", "medication.midday", "medication.evening", "medication.bedtime"];

    /// <summary>Washing and dressing are done at the morning and bedtime calls; the toilet at every personal care call.</summary>
    public static bool WashAndDress(int time) => time is Morning or Bedtime;
}
