using Formulate.Web.Letters;

namespace Formulate.Tests.Web.Letters;

public sealed class PlainQuantitiesTests
{
    [Theory]
    [InlineData("7", "7 hours")]
    [InlineData("1", "1 hour")]
    [InlineData("17.15", "17 hours 9 minutes")]
    [InlineData("0.4", "24 minutes")]
    [InlineData("1.17", "1 hour 10 minutes")]
    public void Hours_WeeklyHours_ReadAsHoursAndMinutes(string hours, string expected) =>
        PlainQuantities.Hours(decimal.Parse(hours, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(expected);

    [Fact]
    public void Count_One_IsSingular() => PlainQuantities.Count(1m, "night").ShouldBe("1 night");

    [Fact]
    public void Join_ThreeItems_UsesCommasAndAnd() =>
        UnpaidSupportSentences.Join(["washing", "dressing", "eating"]).ShouldBe("washing, dressing and eating");
}
