using Formulate.Web.Components.Staff;

namespace Formulate.Tests.Web.Components;

/// <summary>
/// Contrast as WCAG 2.2 defines it, checked against ratios worked by hand: each channel c/255 is linearised
/// (c ≤ 0.04045 ? c/12.92 : ((c+0.055)/1.055)^2.4), luminance L = 0.2126 R + 0.7152 G + 0.0722 B, ratio (L1+0.05)/(L2+0.05).
/// </summary>
public class StaffThemeTests
{
    [Fact]
    public void Between_BlackAndWhite_Is21To1()
    {
        // L(white) = 1, L(black) = 0: (1 + 0.05) / (0 + 0.05) = 21.
        ContrastRatio.Between("#000000", "#ffffff").ShouldBe(21, 1e-9);
        ContrastRatio.Between("#ffffff", "#000000").ShouldBe(21, 1e-9);
    }

    [Fact]
    public void Between_WhiteOnTheDefaultBlue_Is8Point14To1()
    {
        // #1d4f91: R 29/255 = 0.11373 -> 0.012286; G 79/255 = 0.30980 -> 0.078187; B 145/255 = 0.56863 -> 0.283149.
        // L = 0.2126 * 0.012286 + 0.7152 * 0.078187 + 0.0722 * 0.283149 = 0.078978; (1.05) / (0.128978) = 8.141.
        ContrastRatio.Between("#ffffff", StaffTheme.DefaultPrimary).ShouldBe(8.141, 0.001);
    }

    [Fact]
    public void Between_SameColour_Is1To1() => ContrastRatio.Between("#1d4f91", "#1D4F91").ShouldBe(1, 1e-9);

    [Fact]
    public void Between_GreyBorderOfInputsOnWhite_MeetsTheNonTextMinimum()
    {
        // #6f777b: R 111 -> 0.158961, G 119 -> 0.184475, B 123 -> 0.198069; L = 0.180047; 1.05 / 0.230047 = 4.564.
        ContrastRatio.Between("#6f777b", "#ffffff").ShouldBe(4.564, 0.001);
    }

    [Theory]
    [InlineData("#ffdd00")] // yellow, 1.35:1 with white
    [InlineData("#2979ff")] // MudBlazor's own primary blue, 3.98:1: too pale for white text
    [InlineData("#f3f2f1")]
    public void ProblemWith_PaleColour_IsRefusedAndTheThemeKeepsTheDefault(string pale)
    {
        StaffTheme.ProblemWith(pale).ShouldNotBeNull().ShouldContain("choose a darker colour with at least 4.5:1");
        Hex(StaffTheme.For(pale).PaletteLight.Primary).ShouldBe(StaffTheme.DefaultPrimary);
    }

    [Fact]
    public void ProblemWith_YellowOnWhite_SaysItsRatio() =>
        // #ffdd00: R 1, G 221/255 -> 0.723055, B 0; L = 0.2126 + 0.7152 * 0.723055 = 0.729729; 1.05 / 0.779729 = 1.347.
        StaffTheme.ProblemWith("#ffdd00").ShouldStartWith("The colour has a contrast of 1.3:1 with white");

    [Theory]
    [InlineData("#1d4f91")]
    [InlineData("#0b0c0c")]
    [InlineData("#00703c")] // 6.2:1
    [InlineData("#767676")] // 4.54:1, just enough
    public void ProblemWith_DarkEnoughColour_IsAcceptedAndUsed(string colour)
    {
        StaffTheme.ProblemWith(colour).ShouldBeNull();
        Hex(StaffTheme.For(colour).PaletteLight.Primary).ShouldBe(colour, StringCompareShould.IgnoreCase);
    }

    [Theory]
    [InlineData("1d4f91")]
    [InlineData("#1d4f9")]
    [InlineData("#1d4f9g")]
    [InlineData(null)]
    public void ProblemWith_NotAColour_AsksForHex(string? text) =>
        StaffTheme.ProblemWith(text).ShouldBe("Enter the colour as # and six hexadecimal digits, like #1d4f91");

    [Fact]
    public void For_EveryColourTextOrAControlIsDrawnIn_MeetsAAOnWhite()
    {
        var palette = StaffTheme.For(null).PaletteLight;
        foreach (var (name, colour) in new[]
                 {
                     ("Primary", palette.Primary), ("TextPrimary", palette.TextPrimary), ("TextSecondary", palette.TextSecondary),
                     ("Error", palette.Error), ("Success", palette.Success), ("Warning", palette.Warning), ("Info", palette.Info),
                     ("Secondary", palette.Secondary), ("Tertiary", palette.Tertiary),
                 })
        {
            ContrastRatio.Between(Hex(colour), "#ffffff").ShouldBeGreaterThanOrEqualTo(ContrastRatio.Text, name);
        }

        ContrastRatio.Between(Hex(palette.LinesInputs), "#ffffff").ShouldBeGreaterThanOrEqualTo(ContrastRatio.NonText);
        ContrastRatio.Between(Hex(palette.AppbarText), Hex(palette.AppbarBackground)).ShouldBeGreaterThanOrEqualTo(ContrastRatio.Text);
        ContrastRatio.Between(Hex(palette.TextPrimary), Hex(palette.DrawerBackground)).ShouldBeGreaterThanOrEqualTo(ContrastRatio.Text);
        ContrastRatio.Between(Hex(palette.TextSecondary), Hex(palette.DrawerBackground)).ShouldBeGreaterThanOrEqualTo(ContrastRatio.Text);
    }

    [Fact]
    public void FocusRing_BlackOnTheYellowHalo_AtLeast3To1AgainstWhiteAndTheCouncilColour()
    {
        // staff.css: a #0b0c0c outline inside a #ffdd00 halo; on the app bar a white outline inside a #0b0c0c halo.
        ContrastRatio.Between("#0b0c0c", "#ffffff").ShouldBeGreaterThanOrEqualTo(ContrastRatio.NonText);
        ContrastRatio.Between("#0b0c0c", "#ffdd00").ShouldBeGreaterThanOrEqualTo(ContrastRatio.NonText);
        ContrastRatio.Between("#ffffff", StaffTheme.DefaultPrimary).ShouldBeGreaterThanOrEqualTo(ContrastRatio.NonText);
    }

    private static string Hex(MudBlazor.Utilities.MudColor colour) => colour.ToString(MudBlazor.Utilities.MudColorOutputFormats.Hex)[..7];
}
