using Formulate.Engine.Defaults;
using Formulate.Engine.Parameters;

namespace Formulate.Tests.Engine;

public sealed class ParameterSetEditsTests
{
    private static readonly ParameterSet Shipped = DefaultDefinitions.Definition.Configuration;
    private static readonly DateOnly April2026 = new(2026, 4, 1);

    [Fact]
    public void Uplift_Percentage_RaisesEachChosenRateFromTheDateRoundedToThePenny()
    {
        var result = ParameterSetEdits.Uplift(Shipped, ["rate.home_care", "rate.sleep_in_night", "rate.respite_week"], 4.5m, April2026, "Cabinet 2026");

        // 21.64 × 1.045 = 22.6138 → 22.61; 101 × 1.045 = 105.545 → 105.55 (half away from zero); 570 × 1.045 = 595.65.
        result.Lines.Select(l => (l.Key, l.Before, l.After)).ShouldBe(
        [
            ("rate.home_care", 21.64m, 22.61m),
            ("rate.sleep_in_night", 101m, 105.55m),
            ("rate.respite_week", 570m, 595.65m),
        ]);
        var homeCare = result.Set.Find("rate.home_care")!;
        homeCare.At(April2026.AddDays(-1))!.Value.ShouldBe(21.64m);
        homeCare.At(April2026)!.ShouldBe(new DatedValue { From = April2026, Value = 22.61m, Reference = "Cabinet 2026" });
        result.Set.Find("rate.supported_living")!.Values.ShouldBe(Shipped.Find("rate.supported_living")!.Values);
    }

    [Fact]
    public void Uplift_RateWithALaterValueAlready_UpliftsTheValueInForceOnTheDateAndKeepsOrder()
    {
        var set = ParameterSetEdits.WithValue(Shipped, "rate.home_care", new DateOnly(2027, 4, 1), 25m, "Planned");

        var result = ParameterSetEdits.Uplift(set, ["rate.home_care"], 10m, April2026, "Uplift");

        result.Lines.ShouldHaveSingleItem().After.ShouldBe(23.80m);
        result.Set.Find("rate.home_care")!.Values.Select(v => v.From).ShouldBe([new DateOnly(2025, 4, 1), April2026, new DateOnly(2027, 4, 1)]);
        ParameterSetLoader.Validate(result.Set, ParameterSetKind.Configuration).Problems.ShouldBeEmpty();
    }

    [Fact]
    public void NewValues_ChosenRates_SetThemFromTheDate()
    {
        var result = ParameterSetEdits.NewValues(Shipped, new Dictionary<string, decimal> { ["rate.waking_night_hour"] = 23.10m }, April2026, "Tender 2026");

        result.Lines.ShouldHaveSingleItem().ShouldBe(new UpliftLine("rate.waking_night_hour", "Waking night, per hour", 21.72m, 23.10m));
        result.Set.Find("rate.waking_night_hour")!.At(April2026)!.Value.ShouldBe(23.10m);
    }

    [Fact]
    public void WithValue_SameDateAsAnExistingValue_ReplacesIt()
    {
        var result = ParameterSetEdits.WithValue(Shipped, "rate.home_care", new DateOnly(2025, 4, 1), 22m, "Corrected");

        result.Find("rate.home_care")!.Values.ShouldHaveSingleItem().Value.ShouldBe(22m);
    }

    [Fact]
    public void WithValue_UnknownKey_Throws()
    {
        Should.Throw<KeyNotFoundException>(() => ParameterSetEdits.WithValue(Shipped, "rate.unknown", April2026, 1m, "x"));
    }
}
