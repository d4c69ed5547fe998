using System.Globalization;

namespace Formulate.Engine.Text;

/// <summary>
/// The one culture in which Formulate writes dates, amounts and counts for people: British English, passed explicitly,
/// so that the text never depends on the culture of the thread, the request or the server ("1 April 2025", "1,234.56",
/// "1,234", never "1 avril 2025" or "1 234,56"). The trace's working, the letter, the method document, the screens and
/// every message format through it; money goes through <c>Formulate.Analysis.Text.Pounds</c>, which uses it.
/// </summary>
/// <remarks>
/// A host that runs with invariant globalisation has no culture data: there the culture is still named en-GB and writes
/// English month names, commas between thousands and a full stop before pence, as the invariant culture does.
/// </remarks>
public static class UkFormat
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("en-GB", predefinedOnly: false);

    /// <summary>A calendar date as GOV.UK writes it: "1 April 2025".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    /// <summary>A date in messages about data files and settings, written as they are: "2025-04-01".</summary>
    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", Culture);

    /// <summary>A whole number with commas between thousands: "20,000".</summary>
    public static string Count(long count) => count.ToString("N0", Culture);

    /// <summary>A figure in a numeric format such as "0.##" (12.5) or "N2" (1,234.50).</summary>
    public static string Number(decimal value, string format) => value.ToString(format, Culture);
}
