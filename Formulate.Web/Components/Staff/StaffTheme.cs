using MudBlazor;

namespace Formulate.Web.Components.Staff;

/// <summary>
/// The staff screens' MudBlazor theme from the council's colour. Every colour text or a control is drawn in meets WCAG AA
/// against what it sits on: a council colour that does not is refused where it is set, and refused again here.
/// </summary>
public static class StaffTheme
{
    /// <summary>A dark blue with 8.1:1 against white, used until a council sets its own.</summary>
    public const string DefaultPrimary = "#1d4f91";

    public const string White = "#ffffff";

    private const string Text = "#0b0c0c";
    private const string SecondaryText = "#484949";

    /// <summary>Why <paramref name="colour"/> cannot be the council's colour, or null when it can.</summary>
    public static string? ProblemWith(string? colour)
    {
        if (!ContrastRatio.IsColour(colour))
        {
            return "Enter the colour as # and six hexadecimal digits, like #1d4f91";
        }

        var ratio = ContrastRatio.Between(colour!, White);
        return ratio < ContrastRatio.Text
            ? $"The colour has a contrast of {ratio.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)}:1 with white; choose a darker colour with at least 4.5:1, so that white text on it and links in it can be read"
            : null;
    }

    public static MudTheme For(string? councilColour)
    {
        var primary = ProblemWith(councilColour) is null ? councilColour! : DefaultPrimary;
        return new MudTheme
        {
            PaletteLight = new PaletteLight
            {
                Primary = primary,
                PrimaryContrastText = White,
                Secondary = "#505a5f",
                Tertiary = "#00703c",
                AppbarBackground = primary,
                AppbarText = White,
                TextPrimary = Text,
                TextSecondary = SecondaryText,
                ActionDefault = SecondaryText,
                // Inputs' borders are controls: 3:1 against the white they sit on (1.4.11).
                LinesInputs = "#6f777b",
                Error = "#b3261e",
                Success = "#00703c",
                Warning = "#8a4b00",
                Info = "#1d4f91",
                Background = White,
                Surface = White,
                DrawerBackground = "#f3f2f1",
                DrawerText = Text,
                DrawerIcon = SecondaryText,
            },
            Typography = new Typography
            {
                Default = new DefaultTypography { FontFamily = ["Arial", "Helvetica", "sans-serif"] },
            },
        };
    }
}
