namespace Formulate.Web.Components.Letters;

/// <summary>
/// The printed documents' styles, inline so that printing loads nothing from the network. They give the
/// GOV.UK class names the letter and method document share with the screen a plain, large-print look.
/// </summary>
public static class PrintStyles
{
    public const string Css = """
        @page { size: A4; margin: 20mm 18mm; }
        body { font-family: Arial, Helvetica, sans-serif; font-size: 12pt; line-height: 1.45; color: #0b0c0c; margin: 0; }
        h1, .govuk-heading-l { font-size: 20pt; margin: 18pt 0 10pt; }
        h2, .govuk-heading-m { font-size: 15pt; margin: 16pt 0 6pt; break-after: avoid; }
        h3, .govuk-heading-s { font-size: 12.5pt; margin: 12pt 0 4pt; break-after: avoid; }
        p, li { margin: 0 0 8pt; }
        .govuk-body-l { font-size: 15pt; }
        ul { padding-left: 18pt; margin: 0 0 10pt; }
        .app-letter__from { text-align: right; }
        .app-letter__sign-off { margin-top: 18pt; }
        table { border-collapse: collapse; width: 100%; margin: 0 0 12pt; font-size: 9.5pt; }
        caption { text-align: left; font-weight: bold; font-size: 11pt; margin-bottom: 4pt; }
        th, td { border-bottom: 1px solid #b1b4b6; padding: 4pt 6pt 4pt 0; text-align: left; vertical-align: top; }
        tr { break-inside: avoid; }
        .govuk-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
        """;
}
