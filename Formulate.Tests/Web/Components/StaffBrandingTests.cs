using Formulate.Engine.Parameters;
using Formulate.Web.Components.Staff;

namespace Formulate.Tests.Web.Components;

/// <summary>The council's colour and logo as the staff screens wear them; the contrast arithmetic is in StaffThemeTests.</summary>
public sealed class StaffBrandingTests
{
    private const string Png = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

    [Theory]
    // #777777: 119/255 = 0.4667 -> ((0.4667 + 0.055) / 1.055)^2.4 = 0.1845 on every channel; 1.05 / 0.2345 = 4.48, just short of 4.5.
    [InlineData("#777777", "The colour has a contrast of 4.5:1 with white; choose a darker colour with at least 4.5:1, so that white text on it and links in it can be read")]
    [InlineData("#1d4f9", "Enter the colour as # and six hexadecimal digits, like #1d4f91")]
    public void ProblemWith_JustTooPaleOrTooShort_SaysWhy(string colour, string message) =>
        StaffTheme.ProblemWith(colour).ShouldBe(message);

    [Fact]
    public void Between_JustTooPaleGrey_IsItsRatioWorkedByHand() =>
        ContrastRatio.Between("#777777", "#ffffff").ShouldBe(4.48, 0.005);

    [Fact]
    public void Of_CouncilWithColourAndLogo_GivesItsThemeLogoAndName()
    {
        var branding = StaffBranding.Of(new CouncilDetails { Name = "Kent County Council", PrimaryColour = "#0b5d1e", Logo = Png });

        branding.CouncilName.ShouldBe("Kent County Council");
        branding.Theme.PaletteLight.Primary.ToString(MudBlazor.Utilities.MudColorOutputFormats.Hex).ShouldBe("#0b5d1e");
        branding.Theme.PaletteLight.AppbarBackground.ToString(MudBlazor.Utilities.MudColorOutputFormats.Hex).ShouldBe("#0b5d1e");
        branding.Logo.ShouldBe(Png);
    }

    [Fact]
    public void Of_CouncilWithoutATheme_KeepsTheDefaultBlueAndTheNameInText()
    {
        var branding = StaffBranding.Of(new CouncilDetails { Name = "Kent County Council" });

        branding.Theme.PaletteLight.Primary.ToString(MudBlazor.Utilities.MudColorOutputFormats.Hex).ShouldBe(StaffTheme.DefaultPrimary);
        branding.Logo.ShouldBeNull();
    }

    [Fact]
    public void Of_LogoThatIsNotAnImage_LeavesTheNameInText() =>
        StaffBranding.Of(new CouncilDetails { Name = "Kent County Council", Logo = "data:text/html;base64,PHNjcmlwdD4=" }).Logo.ShouldBeNull();
}
