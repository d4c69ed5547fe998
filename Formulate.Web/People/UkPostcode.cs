using System.Text.RegularExpressions;

namespace Formulate.Web.People;

/// <summary>UK postcodes as people type them: any case, with or without the space.</summary>
public static partial class UkPostcode
{
    /// <summary>The postcode in capitals with one space before the inward code, or null when it is not a UK postcode.</summary>
    public static string? Normalise(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        return Shape().IsMatch(compact) ? compact[..^3] + " " + compact[^3..] : null;
    }

    // Outward code (A9, A99, AA9, AA99, A9A, AA9A) then inward code (9AA); GIR 0AA is the one historic exception.
    [GeneratedRegex("^(GIR0AA|[A-Z]{1,2}[0-9][0-9A-Z]?[0-9][A-Z]{2})$")]
    private static partial Regex Shape();
}
