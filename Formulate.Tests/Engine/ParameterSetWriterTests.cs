using Formulate.Engine.Defaults;
using Formulate.Engine.Parameters;

namespace Formulate.Tests.Engine;

public sealed class ParameterSetWriterTests
{
    [Theory]
    [InlineData(ParameterSetKind.Model)]
    [InlineData(ParameterSetKind.Configuration)]
    public void ToJson_ShippedSet_LoadsBackToTheSameContent(ParameterSetKind kind)
    {
        var shipped = kind == ParameterSetKind.Model ? DefaultDefinitions.Definition.Model : DefaultDefinitions.Definition.Configuration;

        var json = ParameterSetWriter.ToJson(shipped);
        var loaded = ParameterSetLoader.Load(json, kind);

        loaded.Problems.ShouldBeEmpty();
        ParameterSetDiff.Between(shipped, loaded.Value!).IsEmpty.ShouldBeTrue();
        ParameterSetWriter.ToJson(loaded.Value!).ShouldBe(json);
        ParameterSetWriter.SameContent(shipped, loaded.Value!).ShouldBeTrue();
    }

    [Fact]
    public void ToJson_EditedSet_KeepsTheEditAndItsReference()
    {
        var edited = DefaultDefinitions.Definition.Configuration.Setting("rate.home_care", 24.00m, from: new DateOnly(2026, 4, 1));

        var loaded = ParameterSetLoader.Load(ParameterSetWriter.ToJson(edited), ParameterSetKind.Configuration).Value!;

        var values = loaded.Find("rate.home_care")!.Values;
        values[^1].ShouldBe(new DatedValue { From = new DateOnly(2026, 4, 1), Value = 24.00m, Reference = "Test uplift" });
        loaded.Find("rate.home_care")!.At(new DateOnly(2026, 3, 31))!.Value.ShouldBe(21.64m);
        ParameterSetWriter.SameContent(edited, DefaultDefinitions.Definition.Configuration).ShouldBeFalse();
    }

    [Fact]
    public void ToJson_CouncilWithoutTheme_WritesNeitherColourNorLogoSoStoredVersionsKeepTheirContent()
    {
        var shipped = DefaultDefinitions.Definition.Configuration;

        var json = ParameterSetWriter.ToJson(shipped);

        // Stored versions are compared by their JSON (SameContent), so a field written as null would make every one differ.
        json.ShouldNotContain("primaryColour");
        json.ShouldNotContain("\"logo\"");
        json.ShouldBe(ParameterSetWriter.ToJson(shipped with { Council = shipped.Council! with { PrimaryColour = null, Logo = null } }));
    }

    [Fact]
    public void ToJson_CouncilWithTheme_LoadsBackWithItsColourAndLogo()
    {
        var logo = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
        var themed = DefaultDefinitions.Definition.Configuration with
        {
            Council = DefaultDefinitions.Definition.Configuration.Council! with { PrimaryColour = "#0b5d1e", Logo = logo },
        };

        var loaded = ParameterSetLoader.Load(ParameterSetWriter.ToJson(themed), ParameterSetKind.Configuration);

        loaded.Problems.ShouldBeEmpty();
        loaded.Value!.Council!.PrimaryColour.ShouldBe("#0b5d1e");
        loaded.Value.Council.Logo.ShouldBe(logo);
        ParameterSetDiff.Between(DefaultDefinitions.Definition.Configuration, loaded.Value).Fields
            .Select(change => (change.Field, change.After)).ShouldBe([("council.primaryColour", "#0b5d1e"), ("council.logo", "PNG image of 70 bytes")]);
    }
}
