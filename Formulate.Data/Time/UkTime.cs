namespace Formulate.Data.Time;

/// <summary>
/// Formulate serves English councils, so "today" and every time shown are UK time, whatever zone the server runs in:
/// a profile started at half past midnight in June is assessed that day, not the day before.
/// </summary>
public static class UkTime
{
    public static TimeZoneInfo Zone { get; } = SystemZone() ?? BuiltInZone();

    public static DateTimeOffset ToUk(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(ToUk(time.GetUtcNow()).DateTime);

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToUk(instant).DateTime);

    /// <summary>The instant the UK day begins: midnight, an hour before midnight UTC in summer.</summary>
    public static DateTimeOffset StartOf(DateOnly date) =>
        new(TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue), Zone));

    /// <summary>
    /// GMT, with British Summer Time from 1am GMT on the last Sunday in March to 1am GMT on the last Sunday in October:
    /// used where the server has no time zone database, as in slim container images.
    /// </summary>
    internal static TimeZoneInfo BuiltInZone()
    {
        var summerTime = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
            DateTime.MinValue.Date,
            DateTime.MaxValue.Date,
            TimeSpan.FromHours(1),
            TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 1, 0, 0), 3, 5, DayOfWeek.Sunday),
            TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 10, 5, DayOfWeek.Sunday));
        return TimeZoneInfo.CreateCustomTimeZone("Europe/London", TimeSpan.Zero, "UK time", "Greenwich Mean Time", "British Summer Time", [summerTime]);
    }

    private static TimeZoneInfo? SystemZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }
}
