using Formulate.Web.Charts;

namespace Formulate.Tests.Web.Charts;

public sealed class AmountAxisTests
{
    [Theory]
    [InlineData(0, 100)]
    [InlineData(-20, 100)]
    [InlineData(420.10, 500)]
    [InlineData(500, 500)]
    [InlineData(1300, 1500)]
    [InlineData(4100, 4500)]
    [InlineData(12345, 13000)]
    public void RoundMaximum_Largest_RoundsUpToAReadableStep(decimal largest, decimal expected) =>
        AmountAxis.RoundMaximum(largest).ShouldBe(expected);

    [Fact]
    public void Quarters_Maximum_MarksZeroToTheTopInFourSteps() =>
        AmountAxis.Quarters(1500m).ShouldBe([0m, 375m, 750m, 1125m, 1500m]);
}
