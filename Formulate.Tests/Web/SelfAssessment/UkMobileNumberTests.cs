using Formulate.Web.SelfAssessments;

namespace Formulate.Tests.Web.SelfAssessment;

public sealed class UkMobileNumberTests
{
    [Theory]
    [InlineData("07700900982")]
    [InlineData("07700 900 982")]
    [InlineData("07700-900982")]
    [InlineData("+447700900982")]
    [InlineData("+44 7700 900982")]
    [InlineData("+44 (0)7700 900982")]
    [InlineData("0044 7700 900982")]
    [InlineData(" 447700900982 ")]
    public void Normalise_UkMobileWrittenAnyCommonWay_GivesPlus44(string typed) =>
        UkMobileNumber.Normalise(typed).ShouldBe("+447700900982");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("01632 960001")]
    [InlineData("0770090098")]
    [InlineData("077009009823")]
    [InlineData("+33 6 12 34 56 78")]
    [InlineData("07700 9OO 982")]
    [InlineData("07700+900982")]
    public void Normalise_NotAUkMobile_IsNull(string? typed) =>
        UkMobileNumber.Normalise(typed).ShouldBeNull();
}
