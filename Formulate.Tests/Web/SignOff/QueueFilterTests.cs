using Formulate.Web.SignOff;

namespace Formulate.Tests.Web.SignOff;

public sealed class QueueFilterTests
{
    [Theory]
    [InlineData("abc")]
    [InlineData("-5")]
    [InlineData("1 000")]
    public void AmountErrors_AmountThatIsNotOne_SaysHowToWriteIt(string typed)
    {
        var filter = new QueueFilter { MinimumAmount = typed, MaximumAmount = typed };

        filter.MinimumAmountError.ShouldBe("Enter the lowest amount in pounds, like 250 or 250.50");
        filter.MaximumAmountError.ShouldBe("Enter the highest amount in pounds, like 250 or 250.50");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("250")]
    [InlineData("£1,250.50")]
    public void AmountErrors_EmptyOrAnAmount_HasNone(string? typed)
    {
        var filter = new QueueFilter { MinimumAmount = typed, MaximumAmount = typed };

        filter.MinimumAmountError.ShouldBeNull();
        filter.MaximumAmountError.ShouldBeNull();
    }

    [Fact]
    public void MaximumAmountError_HighestBelowTheLowest_SaysSoInsteadOfShowingNobody()
    {
        var filter = new QueueFilter { MinimumAmount = "500", MaximumAmount = "£100" };

        filter.MinimumAmountError.ShouldBeNull();
        filter.MaximumAmountError.ShouldBe("Enter a highest amount the same as or more than the lowest amount");
    }

    [Fact]
    public void MaximumAmountError_HighestEqualToTheLowest_HasNone()
    {
        new QueueFilter { MinimumAmount = "250", MaximumAmount = "250.00" }.MaximumAmountError.ShouldBeNull();
    }
}
