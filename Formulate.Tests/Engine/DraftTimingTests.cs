using Formulate.Analysis.Impact;
using Formulate.Engine.Defaults;

namespace Formulate.Tests.Engine;

public sealed class DraftTimingTests
{
    private static readonly Formulate.Engine.Estimation.EngineDefinition Shipped = DefaultDefinitions.Definition;
    private static readonly DateOnly Today = new(2026, 11, 22);
    private static readonly DateOnly NextApril = new(2027, 4, 1);

    [Fact]
    public void FirstDifference_UpliftFromNextApril_IsNextApril()
    {
        var draft = Shipped with { Configuration = Shipped.Configuration.Setting("rate.home_care", 30m, from: NextApril) };

        DraftTiming.FirstDifference(Shipped, draft, Today).ShouldBe(NextApril);
        DraftTiming.DefaultPreviewDate(Shipped, draft, Today).ShouldBe(NextApril);
    }

    [Fact]
    public void FirstDifference_OnOrAfterTheUplift_IsThatDayItself()
    {
        var draft = Shipped with { Configuration = Shipped.Configuration.Setting("rate.home_care", 30m, from: NextApril) };

        DraftTiming.FirstDifference(Shipped, draft, NextApril.AddDays(10)).ShouldBe(NextApril.AddDays(10));
    }

    [Fact]
    public void FirstDifference_ChangeAlreadyInForce_IsTheDayAskedAbout()
    {
        var draft = Shipped with { Model = Shipped.Model.Setting(Shipped.Model.Parameters[0].Key, Shipped.Model.Parameters[0].Values[0].Value + 1m) };

        DraftTiming.FirstDifference(Shipped, draft, Today).ShouldBe(Today);
        DraftTiming.DefaultPreviewDate(Shipped, draft, Today).ShouldBe(Today);
    }

    [Fact]
    public void FirstDifference_OnlyTheCouncilsDetailsChanged_IsNullAndThePreviewIsForToday()
    {
        var draft = Shipped with { Configuration = Shipped.Configuration with { Council = Shipped.Configuration.Council! with { Telephone = "0300 000 0000" } } };

        DraftTiming.FirstDifference(Shipped, draft, Today).ShouldBeNull();
        DraftTiming.DefaultPreviewDate(Shipped, draft, Today).ShouldBe(Today);
    }

    [Fact]
    public void Compare_DateBeforeTheUplift_SaysTheDraftIsNotInForceAndWhenItIs()
    {
        var current = new Formulate.Engine.FormulateEngine(Shipped);
        var draft = new Formulate.Engine.FormulateEngine(Shipped with { Configuration = Shipped.Configuration.Setting("rate.home_care", 30m, from: NextApril) });

        var before = ImpactPreview.Compare([], current, draft, Today);
        var from = ImpactPreview.Compare([], current, draft, NextApril);

        before.DraftInForce.ShouldBeFalse();
        before.DraftDiffersFrom.ShouldBe(NextApril);
        from.DraftInForce.ShouldBeTrue();
    }
}
