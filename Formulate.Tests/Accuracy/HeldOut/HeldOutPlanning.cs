namespace Formulate.Tests.Accuracy.HeldOut;

/// <summary>Small sums a care planner does over and over.</summary>
internal static class HeldOutPlanning
{
    /// <summary>A share met by others (none, some, most, all) as a fraction.</summary>
    public static decimal Share(int share) => share switch
    {
        <= 0 => 0m,
        1 => 1m / 3m,
        2 => 2m / 3m,
        _ => 1m,
    };

    /// <summary>Minutes a day, every day, as hours a week.</summary>
    public static decimal WeeklyHours(int minutesPerDay) => minutesPerDay * 7m / 60m;

    /// <summary>Hours rounded to the quarter hour, as plans are written.</summary>
    public static decimal Quarter(decimal hours) => Math.Round(hours * 4m, MidpointRounding.AwayFromZero) / 4m;

    /// <summary>What is left of a need once community resources and sustainable unpaid help have met their part.</summary>
    public static decimal Left(HeldOutPerson person, HeldOutArea area) =>
        (1m - Share(person.Community(area))) * (1m - (Share(person.UnpaidShare(area)) * (person.Carer?.Reliance ?? 0m)));
}
