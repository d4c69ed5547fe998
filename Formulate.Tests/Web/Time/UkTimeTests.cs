using Formulate.Data.Time;
using Formulate.Tests.Data.Infrastructure;
using Formulate.Web.Components.Moj;

namespace Formulate.Tests.Web.Time;

public sealed class UkTimeTests
{
    [Fact]
    public void Today_JustAfterMidnightInSummer_IsTheUkDateNotTheServersUtcDate()
    {
        var halfPastMidnightBst = new FixedTimeProvider(new DateTimeOffset(2026, 6, 30, 23, 30, 0, TimeSpan.Zero));

        UkTime.Today(halfPastMidnightBst).ShouldBe(new DateOnly(2026, 7, 1));
    }

    [Fact]
    public void Today_LateEveningInWinter_IsTheSameDateAsUtc()
    {
        UkTime.Today(new FixedTimeProvider(new DateTimeOffset(2026, 12, 1, 23, 30, 0, TimeSpan.Zero))).ShouldBe(new DateOnly(2026, 12, 1));
    }

    [Theory]
    [InlineData(2026, 6, 14, 13, 1, "14 June 2026 at 2:01pm", "2026-06-14T14:01:00+01:00")]
    [InlineData(2026, 1, 14, 13, 1, "14 January 2026 at 1:01pm", "2026-01-14T13:01:00+00:00")]
    [InlineData(2026, 7, 31, 23, 0, "1 August 2026 at 12am", "2026-08-01T00:00:00+01:00")]
    public void MojDate_UtcInstant_ShownInUkTime(int year, int month, int day, int hour, int minute, string shown, string iso)
    {
        var instant = new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.Zero);

        MojDate.DateTime(instant).ShouldBe(shown);
        MojDate.Iso(instant).ShouldBe(iso);
    }

    [Fact]
    public void BuiltInZone_AgreesWithTheTimeZoneDatabaseAcrossTheClockChanges()
    {
        var builtIn = UkTime.BuiltInZone();
        var database = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        for (var instant = new DateTimeOffset(2024, 1, 1, 0, 30, 0, TimeSpan.Zero); instant.Year < 2029; instant = instant.AddHours(7))
        {
            builtIn.GetUtcOffset(instant).ShouldBe(database.GetUtcOffset(instant), $"at {instant:u}");
        }
    }

    [Theory]
    [InlineData("2026-03-29T00:59:00Z", 0)]
    [InlineData("2026-03-29T01:00:00Z", 1)]
    [InlineData("2026-10-25T00:59:00Z", 1)]
    [InlineData("2026-10-25T01:00:00Z", 0)]
    public void BuiltInZone_ChangesClocksAtOneAmGmtOnTheLastSundays(string instant, int hours)
    {
        UkTime.BuiltInZone().GetUtcOffset(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(TimeSpan.FromHours(hours));
    }
}
