using Formulate.Engine.Parameters;
using Formulate.Web.Components.Staff;

namespace Formulate.Tests.Web.Components;

public sealed class StaffThemeTests
{
    [Fact]
    public void Between_DefaultBlueAndWhite_IsTheRatioWorkedByHand()
    {
        // #1d4f91 by WCAG 2.2's formula: channels 29/255 = 0.1137, 79/255 = 0.3098, 145/255 = 0.5686, each above 0.04045,
        // so linear ((c + 0.055) / 1.055)^2.4 = 0.01228, 0.07820, 0.28313; luminance 0.2126 × 0.01228 + 0.7152 × 0.07820
        // + 0.0722 × 0.28313 = 0.07898. White's is 1. Ratio (1 + 0.05) / (0.07898 + 0.05) = 8.14.
        ContrastRatio.Between("#1d4f91", "#ffffff").ShouldBe(8.14, tolerance: 0.005);
        ContrastRatio.Between("#ffffff", "#1d4f91").ShouldBe(8.14, tolerance: 0.005);
    }

    [Theory]
    [InlineData("#000000", "#ffffff", 21.0)]
    [InlineData("#ffffff", "#ffffff", 1.0)]
    // #767676: 118/255 = 0.4627 -> 0.1812 on every channel; (1.05) / (0.2312) = 4.54, the lightest grey that passes.
    [InlineData("#767676", "#ffffff", 4.54)]
    // #777777: 119/255 = 0.4667 -> 0.1845; 1.05 / 0.2345 = 4.48, just short.
    [InlineData("#777777", "#ffffff", 4.48)]
    public void Between_WorkedPairs_AreTheirRatios(string first, string second, double expected) =>
        ContrastRatio.Between(first, second).ShouldBe(expected, tolerance: 0.005);

    [Theory]
    [InlineData("#1d4f91")]
    [InlineData("#767676")]
    [InlineData("#0B5D1E")]
    public void ProblemWith_ColourWhiteCanBeReadOn_IsNone(string colour) =>
        StaffTheme.ProblemWith(colour).ShouldBeNull();

    [Theory]
    [InlineData("#777777", "The colour has a contrast of 4.5:1 with white; choose a darker colour with at least 4.5:1, so that white text on it and links in it can be read")]
    [InlineData("#ffdd00", "The colour has a contrast of 1.3:1 with white; choose a darker colour with at least 4.5:1, so that white text on it and links in it can be read")]
    [InlineData("1d4f91", "Enter the colour as # and six hexadecimal digits, like #1d4f91")]
    [InlineData("#1d4f9", "Enter the colour as # and six hexadecimal digits, like #1d4f91")]
    [InlineData(null, "Enter the colour as # and six hexadecimal digits, like #1d4f91")]
    public void ProblemWith_ColourTooLightOrNotAColour_SaysWhy(string? colour, string message) =>
        StaffTheme.ProblemWith(colour).ShouldBe(message);

    [Fact]
    public void For_AcceptableCouncilColour_IsThePrimaryAndTheAppBar()
    {
        var theme = StaffTheme.For("#0b5d1e");

        theme.PaletteLight.Primary.ToString(MudBlazor.Utilities.MudColorOutputFormats.Hex).ShouldBe("#0b5d1e");
        theme.PaletteLight.AppbarBackground.ToString(MudBlazor.Utilities.MudColorOutputFormats.Hex).ShouldBe("#0b5d1e");
    }

    [Theory]
    [InlineData("#ffdd00")]
    [InlineData("not a colour")]
    [InlineData(null)]
    public void For_RefusedOrNoColour_KeepsTheDefaultBlue(string? colour) =>
        StaffTheme.For(colour).PaletteLight.Primary.ToString(MudBlazor.Utilities.MudColorOutputFormats.Hex).ShouldBe(StaffTheme.DefaultPrimary);

    [Fact]
    public void Of_CouncilWithColourAndLogo_GivesItsThemeLogoAndName()
    {
        var logo = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

        var branding = StaffBranding.Of(new CouncilDetails { Name = "Kent County Council", PrimaryColour = "#0b5d1e", Logo = logo });

        branding.CouncilName.ShouldBe("Kent County Council");
        branding.Theme.PaletteLight.Primary.ToString(MudBlazor.Utilities.MudColorOutputFormats.Hex).ShouldBe("#0b5d1e");
        branding.Logo.ShouldBe(logo);
    }

    [Fact]
    public void Of_LogoThatIsNotAnImage_LeavesTheNameInText() =>
        StaffBranding.Of(new CouncilDetails { Name = "Kent County Council", Logo = "data:text/html;base64,PHNjcmlwdD4=" }).Logo.ShouldBeNull();
}
