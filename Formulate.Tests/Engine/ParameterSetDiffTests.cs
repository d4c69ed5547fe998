using Formulate.Engine.Defaults;
using Formulate.Engine.Parameters;

namespace Formulate.Tests.Engine;

public sealed class ParameterSetDiffTests
{
    private static readonly ParameterSet Shipped = DefaultDefinitions.Definition.Configuration;

    [Fact]
    public void Between_SameSet_IsEmpty()
    {
        ParameterSetDiff.Between(Shipped, Shipped).IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void Between_ChangedValue_ReportsOldAndNewValueForThatDate()
    {
        var newer = Shipped.Setting("rate.home_care", 23.10m) with { Version = "2025.4" };

        var diff = ParameterSetDiff.Between(Shipped, newer);

        var change = diff.Changes.ShouldHaveSingleItem();
        change.Key.ShouldBe("rate.home_care");
        change.Kind.ShouldBe(ParameterChangeKind.Changed);
        var value = change.Values.ShouldHaveSingleItem();
        value.From.ShouldBe(new DateOnly(2025, 4, 1));
        value.Before!.Value.ShouldBe(21.64m);
        value.After!.Value.ShouldBe(23.10m);
        diff.Fields.ShouldHaveSingleItem().ShouldBe(new FieldChange("version", "2025.3", "2025.4"));
        diff.OlderStamp.ShouldBe("demo-council@2025.3");
        diff.NewerStamp.ShouldBe("demo-council@2025.4");
    }

    [Fact]
    public void Between_UpliftFromANewDate_ReportsOnlyTheAddedValue()
    {
        var newer = Shipped.Setting("rate.home_care", 22.50m, from: new DateOnly(2026, 4, 1));

        var value = ParameterSetDiff.Between(Shipped, newer).Changes.ShouldHaveSingleItem().Values.ShouldHaveSingleItem();

        value.From.ShouldBe(new DateOnly(2026, 4, 1));
        value.Before.ShouldBeNull();
        value.After!.Value.ShouldBe(22.50m);
    }

    [Fact]
    public void Between_AddedRemovedAndRelabelled_ReportsEachKind()
    {
        var added = new Parameter
        {
            Key = "rate.reablement",
            Label = "Reablement, per hour",
            Unit = "GBP per hour",
            Values = [new DatedValue { From = new DateOnly(2025, 4, 1), Value = 23.12m, Reference = "Wolverhampton 2025/26" }],
        };
        var newer = Shipped with
        {
            Parameters =
            [
                .. Shipped.Parameters.Where(p => p.Key != "rate.sleep_in_night")
                    .Select(p => p.Key == "rate.home_care" ? p with { Label = "Home care, an hour" } : p),
                added,
            ],
            Council = Shipped.Council! with { Telephone = "0300 000 0000" },
        };

        var diff = ParameterSetDiff.Between(Shipped, newer);

        diff.Changes.Select(c => (c.Key, c.Kind)).ShouldBe(
        [
            ("rate.home_care", ParameterChangeKind.Changed),
            ("rate.reablement", ParameterChangeKind.Added),
            ("rate.sleep_in_night", ParameterChangeKind.Removed),
        ]);
        var relabelled = diff.Changes[0];
        relabelled.LabelChanged.ShouldBeTrue();
        relabelled.Values.ShouldBeEmpty();
        diff.Changes[1].Values.ShouldHaveSingleItem().After!.Value.ShouldBe(23.12m);
        diff.Changes[2].Values.ShouldHaveSingleItem().Before!.Value.ShouldBe(101m);
        diff.Fields.ShouldHaveSingleItem().ShouldBe(new FieldChange("council.telephone", "0300 123 4567", "0300 000 0000"));
    }
}
