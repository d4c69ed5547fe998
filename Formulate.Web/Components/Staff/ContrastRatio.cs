using System.Globalization;

namespace Formulate.Web.Components.Staff;

/// <summary>WCAG 2.2's contrast ratio between two sRGB colours written as #rrggbb.</summary>
public static class ContrastRatio
{
    /// <summary>Normal text (success criterion 1.4.3, level AA).</summary>
    public const double Text = 4.5;

    /// <summary>User-interface components and focus indicators (1.4.11, level AA).</summary>
    public const double NonText = 3.0;

    public static double Between(string first, string second)
    {
        var (lighter, darker) = Order(RelativeLuminance(first), RelativeLuminance(second));
        return (lighter + 0.05) / (darker + 0.05);
    }

    public static bool IsColour(string? value) =>
        value is { Length: 7 } && value[0] == '#' && value.Skip(1).All(Uri.IsHexDigit);

    private static (double Lighter, double Darker) Order(double a, double b) => a >= b ? (a, b) : (b, a);

    private static double RelativeLuminance(string colour)
    {
        if (!IsColour(colour))
        {
            throw new ArgumentException($"'{colour}' is not a colour written as # and six hexadecimal digits.", nameof(colour));
        }

        return 0.2126 * Channel(colour, 1) + 0.7152 * Channel(colour, 3) + 0.0722 * Channel(colour, 5);
    }

    private static double Channel(string colour, int start)
    {
        var value = int.Parse(colour.AsSpan(start, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
        return value <= 0.04045 ? value / 12.92 : Math.Pow((value + 0.055) / 1.055, 2.4);
    }
}
