using System.Globalization;

namespace Formulate.Web.Security;

/// <summary>The page shown when sign-in attempts from one address come too fast.</summary>
internal static class TooManySignInsPage
{
    public static string Html(int seconds)
    {
        var wait = seconds >= 60
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)Math.Ceiling(seconds / 60.0)} minute{(seconds > 60 ? "s" : "")}")
            : string.Create(CultureInfo.InvariantCulture, $"{seconds} seconds");
        return PlainGovukPage.Html(
            "Too many attempts to sign in - Formulate",
            "Too many attempts to sign in",
            "There have been too many attempts to sign in from your network in the last minute.",
            $"Wait {wait}, then <a class=\"govuk-link\" href=\"/sign-in\">try signing in again</a>.");
    }
}
