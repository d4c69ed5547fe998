using Formulate.Engine.Estimation;
using Formulate.Web.Letters;

namespace Formulate.Tests.Web.Letters;

public sealed class LetterLinesTests
{
    private static AllocationLine Nights(string supportType, string area) => new()
    {
        AreaId = "night-support", Area = area, Units = 7m, UnitKind = UnitKind.Nights, SupportType = supportType, Rate = 100m, Amount = 700m, WeeklyHours = 0m,
    };

    [Fact]
    public void Describe_NightLinesUnderAnotherLabel_SayWhatEachLineIsFor()
    {
        // The labels are not the engine's: the phrase follows the line's rule, not the words on it.
        LetterLines.Describe(Nights("waking_night_hour", "Nights")).Text.ShouldBe("Someone awake with you at night: 7 nights a week, £700.00");
        LetterLines.Describe(Nights("sleep_in_night", "Nights")).Text.ShouldBe("Someone to sleep over at night: 7 nights a week, £700.00");
    }
}
