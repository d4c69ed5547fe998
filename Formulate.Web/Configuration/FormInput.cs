using System.Globalization;
using Formulate.Engine.Text;

namespace Formulate.Web.Configuration;

/// <summary>Reads what people type into configuration forms, with a message saying how to put each mistake right.</summary>
public static class FormInput
{
    private const int MinYear = 2000;
    private const int MaxYear = 2100;

    /// <summary>A number such as "21.64", "£1,000" or "30"; null with a message when it is not one.</summary>
    public static (decimal? Value, string? Error) Number(string? text, string what, decimal minimum = 0m, decimal maximum = 1_000_000m)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, $"Enter {what}");
        }

        var cleaned = text.Trim().TrimStart('£').Replace(",", "", StringComparison.Ordinal).Trim();
        if (!decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return (null, $"{Capitalise(what)} must be a number, like 21.64");
        }

        if (value < minimum || value > maximum)
        {
            return (null, $"{Capitalise(what)} must be between {UkFormat.Number(minimum, "#,##0.##")} and {UkFormat.Number(maximum, "#,##0.##")}");
        }

        return decimal.Round(value, 4) != value ? (null, $"{Capitalise(what)} must have no more than 4 decimal places") : (value, null);
    }

    /// <summary>A date from the three boxes of a GOV.UK date input.</summary>
    public static (DateOnly? Value, string? Error) Date(string? day, string? month, string? year, string what)
    {
        if (string.IsNullOrWhiteSpace(day) && string.IsNullOrWhiteSpace(month) && string.IsNullOrWhiteSpace(year))
        {
            return (null, $"Enter {what}");
        }

        if (string.IsNullOrWhiteSpace(day) || string.IsNullOrWhiteSpace(month) || string.IsNullOrWhiteSpace(year))
        {
            var missing = string.IsNullOrWhiteSpace(day) ? "a day" : string.IsNullOrWhiteSpace(month) ? "a month" : "a year";
            return (null, $"{Capitalise(what)} must include {missing}");
        }

        // Spaces typed or pasted around a number are not a mistake worth an error.
        const NumberStyles digits = NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;
        if (int.TryParse(day, digits, CultureInfo.InvariantCulture, out var d)
            && int.TryParse(month, digits, CultureInfo.InvariantCulture, out var m)
            && int.TryParse(year, digits, CultureInfo.InvariantCulture, out var y)
            && m is >= 1 and <= 12 && d >= 1 && y is >= 1 and <= 9999 && d <= DateTime.DaysInMonth(y, m))
        {
            return y is >= MinYear and <= MaxYear
                ? (new DateOnly(y, m, d), null)
                : (null, $"{Capitalise(what)} must be between {MinYear} and {MaxYear}");
        }

        return (null, $"{Capitalise(what)} must be a real date, like 1 4 2026");
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
