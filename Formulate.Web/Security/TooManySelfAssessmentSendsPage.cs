using Formulate.Engine.Text;

namespace Formulate.Web.Security;

/// <summary>The page shown when one address asks for too many self-assessment codes or requests; plain HTML in GOV.UK style.</summary>
internal static class TooManySelfAssessmentSendsPage
{
    public static string Html(int seconds)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling(seconds / 60.0));
        var wait = minutes == 1 ? "1 minute" : $"{UkFormat.Count(minutes)} minutes";
        return $$"""
            <!DOCTYPE html>
            <html lang="en" class="govuk-template">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Too many codes asked for - Your care and support needs</title>
              <link rel="stylesheet" href="/lib/govuk-frontend/govuk-frontend.min.css">
            </head>
            <body class="govuk-template__body">
              <div class="govuk-width-container">
                <main class="govuk-main-wrapper" id="main-content">
                  <h1 class="govuk-heading-l">Too many codes asked for</h1>
                  <p class="govuk-body">Too many codes or new requests have been asked for from your network in the last hour.</p>
                  <p class="govuk-body">Nothing you have already saved is lost. Wait {{wait}}, then <a class="govuk-link" href="/self-assessment/return">try again</a>.</p>
                </main>
              </div>
            </body>
            </html>
            """;
    }
}
