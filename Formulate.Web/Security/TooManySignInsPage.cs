using System.Globalization;

namespace Formulate.Web.Security;

/// <summary>The page shown when sign-in attempts from one address come too fast; plain HTML, so it costs nothing to serve.</summary>
internal static class TooManySignInsPage
{
    public static string Html(int seconds)
    {
        var wait = seconds >= 60
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)Math.Ceiling(seconds / 60.0)} minute{(seconds > 60 ? "s" : "")}")
            : string.Create(CultureInfo.InvariantCulture, $"{seconds} seconds");
        return $$"""
            <!DOCTYPE html>
            <html lang="en" class="govuk-template">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Too many attempts to sign in - Formulate</title>
              <link rel="stylesheet" href="/lib/govuk-frontend/govuk-frontend.min.css">
            </head>
            <body class="govuk-template__body">
              <div class="govuk-width-container">
                <main class="govuk-main-wrapper" id="main-content">
                  <h1 class="govuk-heading-l">Too many attempts to sign in</h1>
                  <p class="govuk-body">There have been too many attempts to sign in from your network in the last minute.</p>
                  <p class="govuk-body">Wait {{wait}}, then <a class="govuk-link" href="/sign-in">try signing in again</a>.</p>
                </main>
              </div>
            </body>
            </html>
            """;
    }
}
