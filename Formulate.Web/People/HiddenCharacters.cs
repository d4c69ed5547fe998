using System.Globalization;

namespace Formulate.Web.People;

/// <summary>
/// Characters that print as nothing but change how the text around them reads: the bidirectional controls
/// (a right-to-left override makes "Smith.pdf" show as "fdp.htimS"), zero-width spaces, soft hyphens, byte order
/// marks and control characters. They arrive by copying from another document, never by typing a name.
/// </summary>
public static class HiddenCharacters
{
    // Zero-width non-joiner and joiner are how Persian, Arabic and Indic names are spelt correctly; they cannot reorder text.
    private const char ZeroWidthNonJoiner = '\u200C';
    private const char ZeroWidthJoiner = '\u200D';

    public static bool IsHidden(char c)
    {
        if (c is ZeroWidthNonJoiner or ZeroWidthJoiner)
        {
            return false;
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.Control
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
    }

    public static bool AnyIn(string? text) => text is not null && text.Any(IsHidden);

    public static string Message(string label) =>
        $"{label} must not contain hidden formatting characters: retype it without copying from another document";

    /// <summary>The text without them, for a file name made from what someone typed before this check existed.</summary>
    public static string Remove(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return AnyIn(text) ? new string([.. text.Where(c => !IsHidden(c))]) : text;
    }
}
