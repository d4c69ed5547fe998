using Formulate.Engine.Text;

namespace Formulate.Web.Security;

/// <summary>The page shown when one address asks for too many self-assessment codes or requests.</summary>
internal static class TooManySelfAssessmentSendsPage
{
    public static string Html(int seconds)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling(seconds / 60.0));
        var wait = minutes == 1 ? "1 minute" : $"{UkFormat.Count(minutes)} minutes";
        return PlainGovukPage.Html(
            "Too many codes asked for - Your care and support needs",
            "Too many codes asked for",
            "Too many codes or new requests have been asked for from your network in the last hour.",
            $"Nothing you have already saved is lost. Wait {wait}, then <a class=\"govuk-link\" href=\"/self-assessment/return\">try again</a>.");
    }
}
