namespace Formulate.Web.Security;

/// <summary>
/// A GOV.UK-style page written as plain HTML, for answers (such as 429s) given before Blazor runs, so they cost nothing
/// to serve.
/// </summary>
internal static class PlainGovukPage
{
    /// <param name="title">The page title, service name included.</param>
    /// <param name="heading">The h1 text.</param>
    /// <param name="paragraphs">The inner HTML of each paragraph under the heading, already encoded.</param>
    public static string Html(string title, string heading, params string[] paragraphs)
    {
        var body = string.Join("\n      ", paragraphs.Select(p => $"<p class=\"govuk-body\">{p}</p>"));
        return $$"""
            <!DOCTYPE html>
            <html lang="en" class="govuk-template">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>{{title}}</title>
              <link rel="stylesheet" href="/lib/govuk-frontend/govuk-frontend.min.css">
            </head>
            <body class="govuk-template__body">
              <div class="govuk-width-container">
                <main class="govuk-main-wrapper" id="main-content">
                  <h1 class="govuk-heading-l">{{heading}}</h1>
                  {{body}}
                </main>
              </div>
            </body>
            </html>
            """;
    }
}
