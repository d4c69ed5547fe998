using Formulate.Web.Configuration;

namespace Formulate.Tests.Web.Configuration;

public sealed class FormInputTests
{
    [Theory]
    [InlineData(" 1", "4 ", " 2027 ")]
    [InlineData("01", "04", "2027")]
    public void Date_SpacesOrLeadingZeros_ReadAsTheDate(string day, string month, string year)
    {
        var (date, error) = FormInput.Date(day, month, year, "the date it applies from");

        error.ShouldBeNull();
        date.ShouldBe(new DateOnly(2027, 4, 1));
    }

    [Theory]
    [InlineData("1999")]
    [InlineData("2101")]
    public void Date_YearOutsideTheRangeTaken_SaysWhichYearsAreTaken(string year)
    {
        var (date, error) = FormInput.Date("1", "4", year, "the date it applies from");

        date.ShouldBeNull();
        error.ShouldBe("The date it applies from must be between 2000 and 2100");
    }

    [Fact]
    public void Date_DayNotInTheMonth_AsksForARealDate()
    {
        FormInput.Date("31", "2", "2027", "the date it applies from").Error.ShouldBe("The date it applies from must be a real date, like 1 4 2026");
    }
}
