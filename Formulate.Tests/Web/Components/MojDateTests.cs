using Formulate.Web.Components.Moj;

namespace Formulate.Tests.Web.Components;

public class MojDateTests
{
    [Theory]
    [InlineData(9, 0, "9am")]
    [InlineData(12, 30, "12:30pm")]
    [InlineData(0, 5, "12:05am")]
    public void Time_HourAndMinute_WritesGovukStyle(int hour, int minute, string expected)
    {
        MojDate.Time(new DateTimeOffset(2026, 1, 1, hour, minute, 0, TimeSpan.Zero)).ShouldBe(expected);
    }
}
