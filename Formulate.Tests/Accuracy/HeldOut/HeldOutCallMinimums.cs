namespace Formulate.Tests.Accuracy.HeldOut;

/// <summary>The shortest call a planner books for personal care, for a meal only, and for medicines only.</summary>
internal sealed record HeldOutCallMinimums(int PersonalCare, int Meal, int Medicines)
{
    /// <summary>Staff on site or employed by the person: no agency minimum, a quarter of an hour at least.</summary>
    public static HeldOutCallMinimums OnSite { get; } = new(15, 15, 15);

    /// <summary>
    /// An agency's calls: personal care at the council's minimum (NICE NG21: not under 30 minutes), a meal-only call 30
    /// minutes (the most common minimum for preparing food and drink only, in the white paper's configuration example),
    /// medicines only 15 minutes where the council allows short calls for a specific task.
    /// </summary>
    public static HeldOutCallMinimums Agency(HeldOutCouncil council) =>
        new(council.MinimumCallMinutes, 30, council.ShortMedicationCalls ? 15 : 30);
}
