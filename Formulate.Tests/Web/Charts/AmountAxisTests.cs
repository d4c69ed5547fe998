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

    [Theory]
    [InlineData(0, 1)]
    [InlineData(7, 2)]
    [InlineData(480, 100)]
    [InlineData(1250, 250)]
    [InlineData(2600, 500)]
    [InlineData(9000, 2000)]
    public void Step_Largest_IsARoundFigureGivingAtMostSixSteps(double largest, int expected)
    {
        var step = AmountAxis.Step(largest);

        step.ShouldBe(expected);
        (largest / step).ShouldBeLessThanOrEqualTo(6);
    }
}
