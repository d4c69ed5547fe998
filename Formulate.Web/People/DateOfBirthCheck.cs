using System.Globalization;

namespace Formulate.Web.People;

/// <summary>Reads the optional date of birth from its three boxes, with GOV.UK's messages for each way it can be wrong.</summary>
public static class DateOfBirthCheck
{
    /// <summary>The field an error belongs to: the first of the three boxes, which the error summary links to.</summary>
    public const string Field = "DateOfBirth-day";

    public static readonly DateOnly Earliest = new(1900, 1, 1);

    /// <summary>The date, or none when all three boxes are empty; an error says what is wrong when it cannot be read.</summary>
    public static (DateOnly? Date, string? Error) Read(string? day, string? month, string? year, DateOnly today)
    {
        string?[] parts = [day, month, year];
        if (parts.All(string.IsNullOrWhiteSpace))
        {
            return (null, null);
        }

        string[] names = ["a day", "a month", "a year"];
        var missing = names.Where((_, i) => string.IsNullOrWhiteSpace(parts[i])).ToList();
        if (missing.Count > 0)
        {
            return (null, $"Date of birth must include {string.Join(" and ", missing)}");
        }

        if (year!.Trim().Length != 4)
        {
            return (null, "Year must include 4 numbers");
        }

        if (!int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            || !int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || m is < 1 or > 12 || y < 1 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return (null, "Date of birth must be a real date");
        }

        var date = new DateOnly(y, m, d);
        return date > today ? (null, "Date of birth must be today or in the past")
            : date < Earliest ? (null, "Date of birth must be the same as or after 1 January 1900")
            : (date, null);
    }
}
